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
