// Bug: starts the best length at 1, so an empty log answers 1 instead of 0.
function longestRise(readings) {
  const tails = [];
  let best = 1;
  for (const x of readings) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
    if (lo + 1 > best) best = lo + 1;
  }
  return best;
}
