// Bug: bookings.sort() with no comparator sorts the pairs as strings ("100,200" before "90,95").
function mergeBookings(bookings) {
  bookings.sort();
  const blocks = [];
  for (const [start, end] of bookings) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
