// Sort by start with an insertion sort, then sweep: each booking slides past every later-
// starting one already placed, O(n²) for bookings in random order.
function mergeBookings(bookings) {
  const sorted = [];
  for (const booking of bookings) {
    let i = sorted.length;
    sorted.push(booking);
    while (i > 0 && sorted[i - 1][0] > booking[0]) {
      sorted[i] = sorted[i - 1];
      i--;
    }
    sorted[i] = booking;
  }
  const blocks = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
