// Bug: treats damaged squares as blocking the line of attack, like pieces in chess.
function countPlacements(board) {
  const n = board.length;
  const queens = []; // queens[r] = column
  const attacked = (r, c) => {
    for (const [dr, dc] of [
      [-1, 0],
      [-1, -1],
      [-1, 1],
    ]) {
      let rr = r + dr;
      let cc = c + dc;
      while (rr >= 0 && cc >= 0 && cc < n) {
        if (board[rr][cc] === '#') break;
        if (queens[rr] === cc) return true;
        rr += dr;
        cc += dc;
      }
    }
    return false;
  };
  const place = (r) => {
    if (r === n) return 1;
    let count = 0;
    for (let c = 0; c < n; c++) {
      if (board[r][c] === '#' || attacked(r, c)) continue;
      queens[r] = c;
      count += place(r + 1);
      queens[r] = undefined;
    }
    return count;
  };
  return place(0);
}
