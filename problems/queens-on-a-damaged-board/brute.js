// Row by row, trying every good square and checking it against each queen placed so far.
function countPlacements(board) {
  const n = board.length;
  const queens = [];
  function place(row) {
    if (row === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[row][c] !== '.') continue;
      let safe = true;
      for (let r = 0; r < row; r++) {
        const q = queens[r];
        if (q === c || Math.abs(q - c) === row - r) safe = false;
      }
      if (!safe) continue;
      queens.push(c);
      count += place(row + 1);
      queens.pop();
    }
    return count;
  }
  return place(0);
}
