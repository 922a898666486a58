/**
 * An aisle number between size and 2·size, so the work grows with the size. Sizes up to
 * 10 draw from 1 to 30·size, across the Z/AA and ZZ/AAA boundaries, for the brute-force
 * comparison.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  if (size <= 10) return [1 + Math.floor(random() * 30 * size * size)];
  return [size + Math.floor(random() * size)];
}
