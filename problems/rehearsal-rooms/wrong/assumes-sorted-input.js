// The min-heap sweep, but takes the lessons in the order given, as if sorted by start.
function roomsNeeded(lessons) {
  const ends = [];
  let most = 0;
  for (const [start, end] of lessons) {
    ends.sort((a, b) => a - b);
    while (ends.length > 0 && ends[0] <= start) ends.shift();
    ends.push(end);
    most = Math.max(most, ends.length);
  }
  return most;
}
