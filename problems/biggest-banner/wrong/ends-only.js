// Bug: assumes the best banner always uses the first or the last pole.
function biggestBanner(poles) {
  const n = poles.length;
  let best = 0;
  for (let k = 1; k < n; k++) best = Math.max(best, Math.min(poles[0], poles[k]) * k);
  for (let k = 0; k < n - 1; k++) best = Math.max(best, Math.min(poles[k], poles[n - 1]) * (n - 1 - k));
  return best;
}
