/**
 * `size` random integers in [-10⁹, 10⁹] and a target made from two random positions, so at
 * least one pair exists (there may be others; the checker accepts any).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const n = Math.max(2, size);
  const int = (below) => Math.floor(random() * below);
  const nums = Array.from({ length: n }, () => int(2_000_000_001) - 1_000_000_000);
  const i = int(n);
  let j = int(n - 1);
  if (j >= i) j++;
  return [nums, nums[i] + nums[j]];
}

/**
 * The worst case of looking for the pair: random values whose pair is the last two
 * positions, so a one-pass search reads every value and an every-pair search tries nearly
 * every pair first.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(2, size);
  const int = (below) => Math.floor(random() * below);
  const nums = Array.from({ length: n }, () => int(2_000_000_001) - 1_000_000_000);
  return [nums, nums[n - 2] + nums[n - 1]];
}
