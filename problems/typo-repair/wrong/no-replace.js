// Bug: counts only insertions and deletions (n + m - 2·LCS), so a replacement costs two edits instead of one.
function minEdits(typed, intended) {
  const n = typed.length;
  const m = intended.length;
  const dp = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i][j] = typed[i - 1] === intended[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
    }
  }
  return n + m - 2 * dp[n][m];
}
