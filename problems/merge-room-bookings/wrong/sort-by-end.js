// Bug: sorts by end instead of start, so a long booking that starts earlier comes after a short one inside it.
function mergeBookings(bookings) {
  bookings.sort((a, b) => a[1] - b[1]);
  const blocks = [];
  for (const [start, end] of bookings) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
