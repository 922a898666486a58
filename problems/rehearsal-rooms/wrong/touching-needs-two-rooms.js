// Frees a room only when its lesson ended strictly before the new one starts, so
// back-to-back lessons get separate rooms.
function roomsNeeded(lessons) {
  const sorted = [...lessons].sort((a, b) => a[0] - b[0]);
  const ends = [];
  let most = 0;
  for (const [start, end] of sorted) {
    ends.sort((a, b) => a - b);
    while (ends.length > 0 && ends[0] < start) ends.shift();
    ends.push(end);
    most = Math.max(most, ends.length);
  }
  return most;
}
