/**
 * `size` poles (at least 2) with random heights up to a random maximum (at most 10 000;
 * small for small inputs), so equal heights and zero-height poles occur too.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(2, size);
  const tallest = size <= 10 ? 1 + int(10) : 1 + int(10_000);
  return [Array.from({ length: n }, () => int(tallest + 1))];
}
