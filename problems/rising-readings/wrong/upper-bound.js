// Bug: binary search finds the first tail greater than x (upper bound), so equal readings extend the rise.
function longestRise(readings) {
  const tails = [];
  for (const x of readings) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
