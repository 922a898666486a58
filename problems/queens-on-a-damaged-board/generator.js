/**
 * An n × n board with n = min(size, 10). Each square is damaged with a probability drawn
 * once per board between 0 and 0.2 (so some boards are almost or entirely undamaged).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const n = Math.max(1, Math.min(10, size));
  const damage = random() < 0.25 ? 0 : 0.2 * random();
  const board = [];
  for (let r = 0; r < n; r++) {
    let row = '';
    for (let c = 0; c < n; c++) row += random() < damage ? '#' : '.';
    board.push(row);
  }
  return [board];
}

/**
 * An undamaged n × n board, n = min(size, 10): no square rules a queen out, so a
 * row-by-row search prunes only by attacks and has the most placements to count. Building
 * every arrangement first costs n! on any board. Past 10 the board stays the same.
 * @param {number} size
 */
export function worstCase(size) {
  const n = Math.max(1, Math.min(10, size));
  return [Array.from({ length: n }, () => '.'.repeat(n))];
}
