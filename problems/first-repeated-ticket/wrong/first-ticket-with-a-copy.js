// Counts every number, then returns the first number (in scan order) that occurs twice:
// the ticket scanned first, not the one whose repeat comes first.
function firstRepeat(scans) {
  const count = new Map();
  for (const ticket of scans) count.set(ticket, (count.get(ticket) ?? 0) + 1);
  for (const ticket of scans) {
    if (count.get(ticket) > 1) return ticket;
  }
  return null;
}
