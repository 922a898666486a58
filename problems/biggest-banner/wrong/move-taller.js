// Bug: two pointers, but moves the taller pole inwards instead of the shorter one.
function biggestBanner(poles) {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    best = Math.max(best, Math.min(poles[i], poles[j]) * (j - i));
    if (poles[i] > poles[j]) i++;
    else j--;
  }
  return best;
}
