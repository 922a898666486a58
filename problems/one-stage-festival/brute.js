// Try every set of acts to keep and take the largest one without a clash: O(2ⁿ · n²).
function fewestCancellations(acts) {
  const n = acts.length;
  let most = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = acts.filter((_, i) => mask & (1 << i));
    let fine = true;
    for (let i = 0; i < chosen.length && fine; i++) {
      for (let j = i + 1; j < chosen.length && fine; j++) {
        if (chosen[i][0] < chosen[j][1] && chosen[j][0] < chosen[i][1]) fine = false;
      }
    }
    if (fine) most = Math.max(most, chosen.length);
  }
  return n - most;
}
