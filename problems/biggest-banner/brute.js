// Every pair of poles: O(n²).
function biggestBanner(poles) {
  let best = 0;
  for (let i = 0; i < poles.length; i++) {
    for (let j = i + 1; j < poles.length; j++) {
      best = Math.max(best, (j - i) * Math.min(poles[i], poles[j]));
    }
  }
  return best;
}
