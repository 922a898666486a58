// Sorts by start but only checks whether the most recently opened room is free, instead of
// the room that frees up first.
function roomsNeeded(lessons) {
  const sorted = [...lessons].sort((a, b) => a[0] - b[0]);
  const rooms = [];
  for (const [start, end] of sorted) {
    if (rooms.length > 0 && rooms[rooms.length - 1] <= start) rooms[rooms.length - 1] = end;
    else rooms.push(end);
  }
  return rooms.length;
}
