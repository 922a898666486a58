/**
 * `size` daily profits (at least one). Up to size 10 they lie in [-5, 5]. From 16 up they
 * lie in [-10⁴, 10⁴] with a bias drawn per input, from mostly losing to mostly winning, so
 * some ledgers are all losses and some best streaks span most of the days.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const range = n <= 10 ? 5 : 10_000;
  const bias = Math.floor((random() - 0.5) * range);
  return [Array.from({ length: n }, () => Math.max(-range, Math.min(range, int(2 * range + 1) - range + bias)))];
}

/**
 * The worst case of trying every start and stopping at the first loss: small gains and
 * losses that almost cancel out, so good streaks are long and no scan can stop early.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  return [Array.from({ length: Math.max(1, size) }, () => int(201) - 99)];
}
