// Bug: extends the block to the new booking's end without Math.max, so a booking inside the block shrinks it.
function mergeBookings(bookings) {
  const sorted = [...bookings].sort((a, b) => a[0] - b[0]);
  const blocks = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) {
      if (end > start) last[1] = end;
    } else blocks.push([start, end]);
  }
  return blocks;
}
