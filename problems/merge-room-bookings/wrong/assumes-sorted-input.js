// Sweeps the bookings in the order given, as if they were already sorted by start.
function mergeBookings(bookings) {
  const blocks = [];
  for (const [start, end] of bookings) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
