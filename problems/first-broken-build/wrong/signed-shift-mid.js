// Bug: computes the middle with (lo + hi) >> 1, which wraps negative once lo + hi passes 2^31 - 1.
function firstBrokenBuild(n, isBroken) {
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBroken(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
