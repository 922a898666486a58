// Backtracking from every tile, marking tiles in use and unmarking them on the way back.
// Two cheap checks first: the board must have enough of every letter of the word, and we
// trace from whichever end of the word has the rarer letter (reversing the word if
// needed), so fewer starts and shorter dead ends are explored. O(m·n·3ᴸ) in the worst
// case for a word of length L; O(L) stack.
function canTrace(board, word) {
  const rows = board.length;
  const cols = board[0].length;
  if (word.length > rows * cols) return false;
  const have = new Map();
  for (const row of board) for (const ch of row) have.set(ch, (have.get(ch) ?? 0) + 1);
  const need = new Map();
  for (const ch of word) need.set(ch, (need.get(ch) ?? 0) + 1);
  for (const [ch, count] of need) if ((have.get(ch) ?? 0) < count) return false;
  let target = word;
  if ((have.get(word[0]) ?? 0) > (have.get(word[word.length - 1]) ?? 0)) target = [...word].reverse().join('');

  const used = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const trace = (r, c, i) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || used[r][c] || board[r][c] !== target[i]) return false;
    if (i === target.length - 1) return true;
    used[r][c] = true;
    const found = trace(r + 1, c, i + 1) || trace(r - 1, c, i + 1) || trace(r, c + 1, i + 1) || trace(r, c - 1, i + 1);
    used[r][c] = false;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (trace(r, c, 0)) return true;
  return false;
}
