// Merge any two overlapping or touching ranges until no such pair is left, then sort: O(n³).
function mergeBookings(bookings) {
  const ranges = bookings.map(([start, end]) => [start, end]);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < ranges.length && !merged; i++) {
      for (let j = i + 1; j < ranges.length && !merged; j++) {
        const [a, b] = [ranges[i], ranges[j]];
        if (a[0] <= b[1] && b[0] <= a[1]) {
          ranges[i] = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
          ranges.splice(j, 1);
          merged = true;
        }
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
