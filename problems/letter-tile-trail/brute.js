// Try every path of neighbouring, unused tiles from every start, with no pruning at all.
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  const used = new Set();
  const trace = (r, c, i) => {
    if (i === word.length) return true;
    if (r < 0 || c < 0 || r >= rows || c >= cols) return false;
    const key = `${r},${c}`;
    if (used.has(key) || board[r][c] !== word[i]) return false;
    used.add(key);
    const found = [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ].some(([dr, dc]) => trace(r + dr, c + dc, i + 1));
    used.delete(key);
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
