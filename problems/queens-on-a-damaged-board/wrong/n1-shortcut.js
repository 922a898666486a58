// Bug: shortcut "a 1 x 1 board has one placement" ignores that its only square may be damaged.
function countPlacements(board) {
  const n = board.length;
  if (n === 1) return 1;
  const cols = new Array(n).fill(false);
  const d1 = new Array(2 * n).fill(false);
  const d2 = new Array(2 * n).fill(false);
  const place = (r) => {
    if (r === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[r][c] === '#' || cols[c] || d1[r - c + n] || d2[r + c]) continue;
      cols[c] = d1[r - c + n] = d2[r + c] = true;
      count += place(r + 1);
      cols[c] = d1[r - c + n] = d2[r + c] = false;
    }
    return count;
  };
  return place(0);
}
