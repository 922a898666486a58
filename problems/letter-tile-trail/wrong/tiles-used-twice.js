// Backtracking without remembering which tiles are in use, so a tile can be stepped on
// again ("aba" on a board "ab" goes a → b → a).
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const trace = (r, c, i) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    return trace(r + 1, c, i + 1) || trace(r - 1, c, i + 1) || trace(r, c + 1, i + 1) || trace(r, c - 1, i + 1);
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
