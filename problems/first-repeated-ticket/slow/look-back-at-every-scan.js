// Right, but compares each scan with every earlier one: O(n²).
function firstRepeat(scans) {
  for (let j = 1; j < scans.length; j++) {
    for (let i = 0; i < j; i++) {
      if (scans[i] === scans[j]) return scans[j];
    }
  }
  return null;
}
