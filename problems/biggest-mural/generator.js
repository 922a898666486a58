/**
 * `size` house heights (at least one). Up to size 10 they lie in [0, 4], so walls repeat
 * and gaps appear. From 16 up, one of four shapes: uniform over [0, 10⁴]; a random walk
 * (long runs of similar heights, so wide murals win); a few levels with a gap now and
 * then; or a street climbing a hill, where heights never fall.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  if (n <= 10) return [Array.from({ length: n }, () => int(5))];
  const shape = int(4);
  if (shape === 0) return [Array.from({ length: n }, () => int(10_001))];
  if (shape === 1) {
    const heights = [];
    let h = int(10_001);
    for (let i = 0; i < n; i++) {
      h = Math.max(0, Math.min(10_000, h + int(201) - 100));
      heights.push(h);
    }
    return [heights];
  }
  if (shape === 2) return [Array.from({ length: n }, () => (random() < 0.01 ? 0 : 1000 * (1 + int(4))))];
  return rising(n, random);
}

/**
 * The worst case of growing a mural left and right from every house: heights that never
 * fall, so every mural grows to the end of the street.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  return rising(Math.max(1, size), random);
}

/** `n` heights from 1 that never fall, rising by one metre now and then. */
function rising(n, random) {
  const heights = [];
  for (let i = 0, h = 1; i < n; i++) {
    if (random() < 0.05) h = Math.min(10_000, h + 1);
    heights.push(h);
  }
  return [heights];
}
