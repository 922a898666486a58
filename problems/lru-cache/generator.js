/**
 * `size` random get/put calls on a cache of random capacity. Keys come from a range a few
 * times the capacity, so there are hits, misses and evictions.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const capacity = 1 + int(Math.min(3000, Math.max(1, Math.floor(size / 10))));
  const keyRange = Math.min(10_001, capacity * 3);
  const calls = [['new', capacity]];
  for (let i = 0; i < size; i++) {
    calls.push(random() < 0.5 ? ['get', int(keyRange)] : ['put', int(keyRange), int(100_001)]);
  }
  return calls;
}
