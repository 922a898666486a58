// Bug: memoises by (row, used columns) only, although which squares are free also depends on the diagonals in use.
function countPlacements(board) {
  const n = board.length;
  const memo = new Map();
  const d1 = new Set();
  const d2 = new Set();
  const place = (r, colMask) => {
    if (r === n) return 1;
    const key = `${r}:${colMask}`;
    if (memo.has(key)) return memo.get(key);
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[r][c] === '#' || colMask & (1 << c) || d1.has(r - c) || d2.has(r + c)) continue;
      d1.add(r - c);
      d2.add(r + c);
      count += place(r + 1, colMask | (1 << c));
      d1.delete(r - c);
      d2.delete(r + c);
    }
    memo.set(key, count);
    return count;
  };
  return place(0, 0);
}
