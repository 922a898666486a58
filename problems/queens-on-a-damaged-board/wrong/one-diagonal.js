// Tracks columns and the down-right diagonals (row - column), but forgets the other
// diagonal (row + column).
function countPlacements(board) {
  const n = board.length;
  const column = new Array(n).fill(false);
  const diagonal = new Array(2 * n).fill(false);
  function place(row) {
    if (row === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      const d = row - c + n;
      if (board[row][c] !== '.' || column[c] || diagonal[d]) continue;
      column[c] = diagonal[d] = true;
      count += place(row + 1);
      column[c] = diagonal[d] = false;
    }
    return count;
  }
  return place(0);
}
