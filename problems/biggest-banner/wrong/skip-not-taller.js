// Bug: after moving a pointer, skips poles not taller than the other (current) pole instead of the one it left.
function biggestBanner(poles) {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, Math.min(poles[i], poles[j]) * (j - i));
    if (poles[i] < poles[j]) {
      const h = poles[j];
      i++;
      while (i < j && poles[i] < h) i++;
    } else {
      const h = poles[i];
      j--;
      while (i < j && poles[j] < h) j--;
    }
  }
  return best;
}
