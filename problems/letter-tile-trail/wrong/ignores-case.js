// Compares letters case-insensitively, so "a" on the table matches "A" in the word.
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const w = word.toLowerCase();
  const used = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const trace = (r, c, i) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] || board[r][c].toLowerCase() !== w[i]) return false;
    if (i === w.length - 1) return true;
    used[r][c] = true;
    const found = trace(r + 1, c, i + 1) || trace(r - 1, c, i + 1) || trace(r, c + 1, i + 1) || trace(r, c - 1, i + 1);
    used[r][c] = false;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
