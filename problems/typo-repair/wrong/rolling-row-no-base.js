// Bug: the one-row DP never sets the row's first cell to i, so deleting a prefix of typed costs nothing.
function minEdits(typed, intended) {
  const n = typed.length;
  const m = intended.length;
  const row = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    let diag = row[0];
    for (let j = 1; j <= m; j++) {
      const up = row[j];
      row[j] = typed[i - 1] === intended[j - 1] ? diag : 1 + Math.min(diag, up, row[j - 1]);
      diag = up;
    }
  }
  return row[m];
}
