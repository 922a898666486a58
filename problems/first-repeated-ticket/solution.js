// One pass with a set of the numbers scanned so far: the first number already in the set
// is the first repeat.
function firstRepeat(scans) {
  const seen = new Set();
  for (const ticket of scans) {
    if (seen.has(ticket)) return ticket;
    seen.add(ticket);
  }
  return null;
}
