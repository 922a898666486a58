// Right, but looks through every open room for one that is free: O(n·r) for r rooms.
function roomsNeeded(lessons) {
  const sorted = [...lessons].sort((a, b) => a[0] - b[0]);
  const rooms = [];
  for (const [start, end] of sorted) {
    let free = -1;
    for (let r = 0; r < rooms.length; r++) {
      if (rooms[r] <= start) {
        free = r;
        break;
      }
    }
    if (free === -1) rooms.push(end);
    else rooms[free] = end;
  }
  return rooms.length;
}
