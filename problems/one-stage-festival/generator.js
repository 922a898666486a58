/**
 * `size` acts in random order. Up to size 10 they lie in [0, 12], so acts touch, repeat
 * and nest. From 16 up they start anywhere in an afternoon that grows with the size and
 * last up to a length drawn per input (now and then a very long act); about one act in
 * ten starts exactly when another ends.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(0, size);
  const span = n <= 10 ? 12 : Math.min(1_000_000_000, n * 1000);
  const longest = n <= 10 ? 6 : 1 + int(5000);
  const acts = [];
  for (let i = 0; i < n; i++) {
    let start = acts.length > 0 && random() < 0.1 ? acts[int(acts.length)][1] : int(span);
    start = Math.min(start, span - 1);
    const length = random() < 0.02 ? 1 + int(span / 4) : 1 + int(longest);
    acts.push([start, Math.min(span, start + length)]);
  }
  return [acts];
}
