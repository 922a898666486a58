// Right, but builds every arrangement of one queen per row and column (n! of them) before
// checking diagonals and damaged squares.
function countPlacements(board) {
  const n = board.length;
  const columns = [];
  const used = new Array(n).fill(false);
  function arrange() {
    if (columns.length === n) {
      for (let r = 0; r < n; r++) {
        if (board[r][columns[r]] === '#') return 0;
        for (let s = r + 1; s < n; s++) if (Math.abs(columns[s] - columns[r]) === s - r) return 0;
      }
      return 1;
    }
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (used[c]) continue;
      used[c] = true;
      columns.push(c);
      count += arrange();
      columns.pop();
      used[c] = false;
    }
    return count;
  }
  return arrange();
}
