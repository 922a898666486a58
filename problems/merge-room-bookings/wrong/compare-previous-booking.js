// Bug: compares each booking with the previous booking's end, not the current block's end.
function mergeBookings(bookings) {
  if (bookings.length === 0) return [];
  const sorted = [...bookings].sort((a, b) => a[0] - b[0]);
  const blocks = [];
  let blockStart = sorted[0][0];
  let blockEnd = sorted[0][1];
  for (let i = 1; i < sorted.length; i++) {
    const [start, end] = sorted[i];
    if (start <= sorted[i - 1][1]) {
      blockEnd = Math.max(blockEnd, end);
    } else {
      blocks.push([blockStart, blockEnd]);
      blockStart = start;
      blockEnd = end;
    }
  }
  blocks.push([blockStart, blockEnd]);
  return blocks;
}
