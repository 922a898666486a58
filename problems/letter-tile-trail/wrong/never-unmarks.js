// Marks tiles as used but never clears the mark when a branch fails, so tiles tried on a
// dead end stay blocked for every later path.
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const used = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const trace = (r, c, i) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    used[r][c] = true;
    return trace(r + 1, c, i + 1) || trace(r - 1, c, i + 1) || trace(r, c + 1, i + 1) || trace(r, c - 1, i + 1);
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
