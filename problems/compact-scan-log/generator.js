/**
 * `size` badge numbers in ascending order, drawn from about size/3 consecutive numbers
 * starting anywhere from −10⁹ to 10⁹, so most badges are scanned more than once. Sizes up
 * to 10 draw from a few numbers around 0 (repeats, negatives and zero for the brute-force
 * comparison).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const spread = size <= 10 ? 4 : Math.max(1, Math.floor(size / 3));
  const start = size <= 10 ? -2 : int(2_000_000_001 - spread) - 1_000_000_000;
  const badges = Array.from({ length: size }, () => start + int(spread));
  return [badges.sort((a, b) => a - b)];
}

/**
 * Half the log distinct, then the last badge scanned over and over: removing each repeat
 * with `splice` shifts the rest of the log every time, and checking each badge against
 * everything kept so far scans a long front.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const start = Math.floor(random() * 1_000_000) - 500_000;
  const distinct = Math.ceil(size / 2);
  return [Array.from({ length: size }, (_, i) => start + Math.min(i, distinct - 1))];
}
