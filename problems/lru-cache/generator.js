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

/**
 * The worst case of keeping a cache: a capacity of about `size / 8` and calls that make the
 * cache evict as often as it can. Once it is full, every put brings a key it does not hold
 * (so the least recently used entry goes), and every get asks for the least recently used
 * key (a hit that moves the oldest entry to the front) or one just evicted (a miss).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const capacity = Math.min(3000, Math.max(1, Math.floor(size / 8)));
  const calls = [['new', capacity]];
  // The keys the cache holds, least recently used first, and the next key never used.
  const held = [];
  let fresh = 0;
  let evicted = -1;
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (held.length < capacity || roll < 0.5) {
      const key = fresh++ % 10_001;
      calls.push(['put', key, int(100_001)]);
      held.push(key);
      if (held.length > capacity) evicted = held.shift();
    } else if (evicted >= 0 && roll < 0.75) {
      calls.push(['get', evicted]);
    } else {
      const key = held.shift();
      calls.push(['get', key]);
      held.push(key);
    }
  }
  return calls;
}
