/**
 * A number of lockers: up to 5·size for small sizes (so 0, 1, 2 and small primes are
 * covered when checking against the brute force), and between 15/16·size and size from 16
 * up, so the work grows with the size.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  if (size <= 10) return [Math.floor(random() * (5 * size + 1))];
  return [size - Math.floor((random() * size) / 16)];
}
