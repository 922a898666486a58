/**
 * `size` codes drawn with a skewed distribution from a pool of distinct codes in
 * [-10⁴, 10⁴] (the range grows with the size), so counts vary and many codes tie.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const range = Math.max(5, Math.min(10_000, size));
  const poolSize = 1 + int(Math.min(2 * range + 1, Math.max(1, size)));
  const pool = Array.from({ length: poolSize }, () => int(2 * range + 1) - range);
  const codes = Array.from({ length: size }, () => pool[Math.floor(poolSize * random() ** 2)]);
  return [codes];
}

/**
 * Every code different (as many as the range allows), shuffled: an approach that counts
 * each distinct code with its own pass over the array does n passes.
 * @param {number} size
 * @param {() => number} random
 */
export function worstCase(size, random) {
  const distinct = Math.min(size, 20_001);
  const codes = Array.from({ length: size }, (_, i) => (i % distinct) - Math.floor(distinct / 2));
  return [shuffle(codes, random)];
}

/** Fisher–Yates with the seeded random. */
function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
