// Bug: initialises only dp[i][0] = i and leaves dp[0][j] at 0, so inserting a prefix of intended costs nothing.
function minEdits(typed, intended) {
  const n = typed.length;
  const m = intended.length;
  const dp = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = 0; i <= n; i++) dp[i][0] = i;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (typed[i - 1] === intended[j - 1]) dp[i][j] = dp[i - 1][j - 1];
      else dp[i][j] = 1 + Math.min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1]);
    }
  }
  return dp[n][m];
}
