// Bug: since build n is known to be broken, searches only 1..n-1, and answers n-1 when only build n is broken.
function firstBrokenBuild(n, isBroken) {
  if (n === 1) return 1;
  let lo = 1;
  let hi = n - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (isBroken(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
