// Bug: stores r - c and r + c in one set, so a queen's diagonal can collide with another queen's anti-diagonal.
function countPlacements(board) {
  const n = board.length;
  const cols = new Set();
  const diags = new Set();
  const place = (r) => {
    if (r === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[r][c] === '#' || cols.has(c) || diags.has(r - c) || diags.has(r + c)) continue;
      cols.add(c);
      diags.add(r - c);
      diags.add(r + c);
      count += place(r + 1);
      cols.delete(c);
      diags.delete(r - c);
      diags.delete(r + c);
    }
    return count;
  };
  return place(0);
}
