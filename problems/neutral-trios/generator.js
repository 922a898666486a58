/**
 * `size` random charges. Sizes up to 10 use charges from −4 to 4, so repeats, zeros and
 * trios are common in the brute-force comparison; from 16 up, charges from −10⁵ to 10⁵.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const spread = size <= 10 ? 4 : 100_000;
  return [Array.from({ length: size }, () => Math.floor(random() * (2 * spread + 1)) - spread)];
}
