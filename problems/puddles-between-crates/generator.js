/**
 * `size` stacks of random heights up to a random tallest (at most 100 000; up to 5 for
 * sizes up to 10, so ties and empty spots are common in the brute-force comparison).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const tallest = size <= 10 ? 1 + int(5) : 1 + int(100_000);
  return [Array.from({ length: size }, () => int(tallest + 1))];
}

/**
 * A valley: heights falling to the middle and rising again, so water stands almost
 * everywhere and no spot can be settled early.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const half = Math.floor(size / 2);
  return [Array.from({ length: size }, (_, i) => Math.abs(i - half) * 10 + Math.floor(random() * 10))];
}
