/**
 * A list of `size` random values in [-10⁹, 10⁹]; small inputs draw from a narrow range so
 * that values repeat.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const range = size <= 10 ? 10 : 1_000_000_000;
  return [Array.from({ length: size }, () => Math.floor(random() * (2 * range + 1)) - range)];
}

/**
 * A list of `size` different values in random order: nothing in a list lets a reversal
 * stop early (every node must be turned), so this only rules out repeated values that an
 * approach might skip. Walking to the tail for every node is quadratic on any list.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const values = Array.from({ length: size }, (_, i) => i * 1000 - 500_000_000);
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return [values];
}
