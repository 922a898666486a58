// Bug: remembers the index of each scan and tests `if (firstAt[x])`, so a ticket first scanned at index 0 never counts as seen.
function firstRepeat(scans) {
  const firstAt = {};
  for (let i = 0; i < scans.length; i++) {
    const x = scans[i];
    if (firstAt[x]) return x;
    firstAt[x] = i;
  }
  return null;
}
