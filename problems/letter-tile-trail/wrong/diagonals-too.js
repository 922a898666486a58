// Backtracking that also steps to the four diagonal neighbours.
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const used = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const trace = (r, c, i) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    used[r][c] = true;
    let found = false;
    for (let dr = -1; dr <= 1 && !found; dr++)
      for (let dc = -1; dc <= 1 && !found; dc++) if (dr !== 0 || dc !== 0) found = trace(r + dr, c + dc, i + 1);
    used[r][c] = false;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
