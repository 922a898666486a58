// Bug: takes the modulo only at the end, after the float sums have already lost precision for large n.
function countClimbs(n, broken) {
  const bad = new Set(broken);
  const dp = new Array(n + 1).fill(0);
  dp[0] = 1;
  for (let i = 1; i <= n; i++) {
    if (bad.has(i)) continue;
    dp[i] = dp[i - 1] + (i >= 2 ? dp[i - 2] : 0);
  }
  return dp[n] % 1000000007;
}
