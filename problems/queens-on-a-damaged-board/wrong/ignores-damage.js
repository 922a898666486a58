// Counts placements on the whole board, as if no square were damaged.
function countPlacements(board) {
  const n = board.length;
  const column = new Array(n).fill(false);
  const down = new Array(2 * n).fill(false);
  const up = new Array(2 * n).fill(false);
  function place(row) {
    if (row === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (column[c] || down[row - c + n] || up[row + c]) continue;
      column[c] = down[row - c + n] = up[row + c] = true;
      count += place(row + 1);
      column[c] = down[row - c + n] = up[row + c] = false;
    }
    return count;
  }
  return place(0);
}
