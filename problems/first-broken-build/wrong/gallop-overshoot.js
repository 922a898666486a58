// Bug: gallops 1, 2, 4, 8, … to find a broken build without capping the probe at n, so it asks about builds that do not exist.
function firstBrokenBuild(n, isBroken) {
  let good = 0;
  let probe = 1;
  while (!isBroken(probe)) {
    good = probe;
    probe *= 2;
  }
  let lo = good + 1;
  let hi = probe;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (isBroken(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
