// Bug: looks steps up in broken by binary search, assuming the list is sorted.
function countClimbs(n, broken) {
  const MOD = 1000000007;
  const isBroken = (s) => {
    let lo = 0;
    let hi = broken.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (broken[mid] === s) return true;
      if (broken[mid] < s) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const dp = new Array(n + 1).fill(0);
  dp[0] = 1;
  for (let i = 1; i <= n; i++) {
    if (isBroken(i)) continue;
    dp[i] = (dp[i - 1] + (i >= 2 ? dp[i - 2] : 0)) % MOD;
  }
  return dp[n];
}
