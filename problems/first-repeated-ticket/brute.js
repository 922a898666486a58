// For each scan in order, look back at every earlier scan: O(n²).
function firstRepeat(scans) {
  for (let j = 0; j < scans.length; j++) {
    for (let i = 0; i < j; i++) {
      if (scans[i] === scans[j]) return scans[j];
    }
  }
  return null;
}
