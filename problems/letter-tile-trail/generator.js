/**
 * A board of up to 8 × 8 tiles that grows with the size (sizes past 64 give the same
 * board as 64), and a word. Letters come from a small alphabet drawn per input (2 to 4
 * letters, sometimes mixing `a` and `A`), so words often almost fit. Half of the words are
 * read off a random path of neighbouring tiles (so they can be traced, unless a letter is
 * then changed); the others are random.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const cells = Math.max(1, Math.min(64, size));
  const cols = Math.max(1, Math.min(8, Math.ceil(Math.sqrt(cells)) + int(2) - 1));
  const rows = Math.max(1, Math.min(8, Math.ceil(cells / cols)));
  const alphabets = ['ab', 'abc', 'aA', 'abcd', 'xyz'];
  const letters = alphabets[int(alphabets.length)];
  const board = Array.from({ length: rows }, () => {
    let row = '';
    for (let c = 0; c < cols; c++) row += letters[int(letters.length)];
    return row;
  });
  const length = 1 + int(Math.min(10, rows * cols + 1));
  let word = '';
  if (random() < 0.5) {
    let r = int(rows);
    let c = int(cols);
    const used = new Set();
    for (let i = 0; i < length; i++) {
      used.add(r * cols + c);
      word += board[r][c];
      const next = [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ].filter(([a, b]) => a >= 0 && b >= 0 && a < rows && b < cols && !used.has(a * cols + b));
      if (next.length === 0) break;
      [r, c] = next[int(next.length)];
    }
    if (random() < 0.3) {
      const at = int(word.length);
      word = word.slice(0, at) + letters[int(letters.length)] + word.slice(at + 1);
    }
  } else {
    for (let i = 0; i < length; i++) word += letters[int(letters.length)];
  }
  return [board, word];
}
