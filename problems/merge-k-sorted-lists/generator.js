/**
 * About `size` nodes in all, spread over k sorted lists: k is up to `size` for small
 * inputs and about size / 10 for large ones (at most 5 000). List lengths vary a lot and
 * some lists are empty. Small inputs draw values from a narrow range, so they repeat.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const k = size <= 10 ? int(size + 2) : Math.min(5000, Math.max(1, Math.round(size / 10)));
  const range = size <= 10 ? 5 : 1_000_000_000;
  const lengths = Array.from({ length: k }, () => (random() < 0.1 ? 0 : random()));
  const total = lengths.reduce((a, b) => a + b, 0);
  const lists = lengths.map((share) => {
    const length = total > 0 ? Math.floor((share / total) * size) : 0;
    return Array.from({ length }, () => int(2 * range + 1) - range).sort((a, b) => a - b);
  });
  return [lists];
}

/**
 * About `size` nodes over k lists of equal length (k as in `generate`: about size / 10,
 * at most 5 000), with the values dealt round-robin (list j holds j, j + k, j + 2k, …, plus
 * a common random offset): no list runs out early and every merge interleaves to the very
 * end, so merging the lists one after another walks the whole growing result each time and
 * a scan of every head sees all k of them for every node.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const k = Math.min(5000, Math.max(1, Math.round(size / 10)));
  const length = Math.floor(Math.max(1, size) / k);
  const offset = Math.floor(random() * 1_000_000) - 500_000;
  const lists = Array.from({ length: k }, (_, j) => Array.from({ length }, (_, i) => offset + i * k + j));
  return [lists];
}
