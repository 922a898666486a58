// Bug: the loop marks broken steps only below the top (i < n), so a broken top step still gets counted.
function countClimbs(n, broken) {
  const MOD = 1000000007;
  const bad = new Set(broken);
  const dp = new Array(n + 1).fill(0);
  dp[0] = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && bad.has(i)) continue;
    dp[i] = (dp[i - 1] + (i >= 2 ? dp[i - 2] : 0)) % MOD;
  }
  return dp[n];
}
