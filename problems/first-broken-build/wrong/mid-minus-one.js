// Bug: on a broken middle sets hi = mid - 1 and returns lo, which can step past the first broken build.
function firstBrokenBuild(n, isBroken) {
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (isBroken(mid)) hi = mid - 1;
    else lo = mid + 1;
  }
  return lo;
}
