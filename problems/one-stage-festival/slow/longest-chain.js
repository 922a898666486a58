// Right, but finds the most acts that can be kept with a dynamic programme over every
// earlier act: O(n²).
function fewestCancellations(acts) {
  const sorted = [...acts].sort((a, b) => a[0] - b[0]);
  const best = new Array(sorted.length).fill(1);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j][1] <= sorted[i][0] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    }
    most = Math.max(most, best[i]);
  }
  return acts.length - most;
}
