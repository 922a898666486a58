// edits[i][j] is the fewest edits turning the first i letters of typed into the first j
// letters of intended. The last letters either match (no edit), or the last edit is a
// replacement, a deletion or an insertion. O(n · m) time and space.
function minEdits(typed, intended) {
  const n = typed.length;
  const m = intended.length;
  const edits = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = 0; i <= n; i++) edits[i][0] = i;
  for (let j = 0; j <= m; j++) edits[0][j] = j;
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
