/**
 * `size` crates, mostly light (up to a random typical weight of at most 20 kg) with a few
 * heavy ones of up to 1000 kg, and a number of days spread evenly on a log scale from 1 to
 * the number of crates (now and then more). Up to size 10 weights are 1 to 6.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const small = n <= 10;
  const typical = small ? 6 : 1 + int(20);
  const crates = Array.from({ length: n }, () => (!small && random() < 0.005 ? 1 + int(1000) : 1 + int(typical)));
  let days = 1 + int(n + 2);
  if (!small) days = random() < 0.1 ? n + int(n) : Math.max(1, Math.floor(n ** random()));
  return [crates, days];
}

/**
 * Few days for many crates: the answer is far above the heaviest crate, so trying limits
 * one by one from the heaviest upwards takes about S / days tries.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, size);
  return [Array.from({ length: n }, () => 1 + Math.floor(random() * 100)), 2];
}
