/**
 * A pile of between size and 2·size tiles, so the search range grows with the size. Sizes
 * up to 10 make piles up to 2·size² (zero, squares and their neighbours) for the
 * brute-force comparison.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  if (size <= 10) return [Math.floor(random() * (2 * size * size + 1))];
  return [size + Math.floor(random() * size)];
}
