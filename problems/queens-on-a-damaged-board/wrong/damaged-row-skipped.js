// Bug: a row with no good square is skipped ("no queen fits there") instead of making the count 0.
function countPlacements(board) {
  const n = board.length;
  const cols = new Set();
  const d1 = new Set();
  const d2 = new Set();
  const place = (r) => {
    if (r === n) return 1;
    if (!board[r].includes('.')) return place(r + 1);
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[r][c] === '#' || cols.has(c) || d1.has(r - c) || d2.has(r + c)) continue;
      cols.add(c);
      d1.add(r - c);
      d2.add(r + c);
      count += place(r + 1);
      cols.delete(c);
      d1.delete(r - c);
      d2.delete(r + c);
    }
    return count;
  };
  return place(0);
}
