/**
 * A base up to 10⁹, a modulus up to 2·10⁹ and between size and 2·size minutes, so the
 * exponent grows with the size. Sizes up to 10 make small bases, moduli (including 1) and
 * exponents (including 0) for the brute-force comparison.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  if (size <= 10) return [int(13), String(int(4 * size + 1)), 1 + int(30)];
  return [int(1_000_000_001), String(size + int(size)), 1 + int(2_000_000_000)];
}
