// Bug: sorts a copy and returns the first equal neighbours, i.e. the smallest repeated number, not the first repeat.
function firstRepeat(scans) {
  const sorted = [...scans].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return sorted[i];
  return null;
}
