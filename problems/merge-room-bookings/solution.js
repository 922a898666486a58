// Sort by start; then each booking either extends the last block (it starts no later than
// that block ends) or opens a new one. O(n log n) for the sort, O(n) for the sweep.
function mergeBookings(bookings) {
  const sorted = [...bookings].sort((a, b) => a[0] - b[0]);
  const blocks = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
