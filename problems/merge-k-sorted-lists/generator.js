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
