// Right, but compares each booking with every block found so far: O(n·m) for m blocks.
function mergeBookings(bookings) {
  let blocks = [];
  for (const [start, end] of bookings) {
    let low = start;
    let high = end;
    const kept = [];
    for (const [blockStart, blockEnd] of blocks) {
      if (blockStart <= high && low <= blockEnd) {
        low = Math.min(low, blockStart);
        high = Math.max(high, blockEnd);
      } else {
        kept.push([blockStart, blockEnd]);
      }
    }
    kept.push([low, high]);
    blocks = kept;
  }
  return blocks.sort((a, b) => a[0] - b[0]);
}
