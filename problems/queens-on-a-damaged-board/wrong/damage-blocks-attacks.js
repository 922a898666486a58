// Treats damaged squares as walls: a queen's attack stops at the first damaged square, so
// queens "hidden" behind one are wrongly allowed.
function countPlacements(board) {
  const n = board.length;
  const queens = [];
  const attacks = (r1, c1, r2, c2) => {
    const dr = Math.sign(r2 - r1);
    const dc = Math.sign(c2 - c1);
    if (!(c1 === c2 || Math.abs(c1 - c2) === Math.abs(r1 - r2))) return false;
    for (let r = r1 + dr, c = c1 + dc; r !== r2 || c !== c2; r += dr, c += dc) {
      if (board[r][c] === '#') return false;
    }
    return true;
  };
  function place(row) {
    if (row === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[row][c] !== '.') continue;
      if (queens.some((q, r) => attacks(r, q, row, c))) continue;
      queens.push(c);
      count += place(row + 1);
      queens.pop();
    }
    return count;
  }
  return place(0);
}
