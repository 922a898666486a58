// Starts only from the first tile that shows the word's first letter, instead of trying
// every such tile.
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const used = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const trace = (r, c, i) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    used[r][c] = true;
    const found = trace(r + 1, c, i + 1) || trace(r - 1, c, i + 1) || trace(r, c + 1, i + 1) || trace(r, c - 1, i + 1);
    used[r][c] = false;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (board[r][c] === word[0]) return trace(r, c, 0);
  return false;
}
