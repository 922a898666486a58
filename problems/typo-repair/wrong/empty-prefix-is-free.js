// Leaves the first row and column of the table at 0, as if turning a word into the empty
// word (or back) cost nothing.
function minEdits(typed, intended) {
  const n = typed.length;
  const m = intended.length;
  const edits = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      if (typed[i - 1] === intended[j - 1]) {
        edits[i][j] = edits[i - 1][j - 1];
      } else {
        edits[i][j] = 1 + Math.min(edits[i - 1][j - 1], edits[i - 1][j], edits[i][j - 1]);
      }
    }
  }
  return edits[n][m];
}
