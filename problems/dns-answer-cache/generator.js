/**
 * A cache and `size` get/put calls at times that never go down. Up to size 10 the capacity
 * is 1 to 3, the ttl 1 to 5, keys 0 to 4 and time moves 0 to 3 per call, so entries expire
 * and are evicted often. From 16 up the capacity is `size / 8`, the ttl `size / 4`, keys
 * range over three times the capacity and time moves 0 or 1 per call: the cache stays
 * full, so it both evicts and expires entries, and holds more of them as size grows.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const small = size <= 10;
  const capacity = small ? 1 + int(3) : Math.max(1, Math.floor(size / 8));
  const ttl = small ? 1 + int(5) : Math.max(1, Math.floor(size / 4));
  const keys = small ? 5 : capacity * 3;
  const calls = [['new', capacity, ttl]];
  let now = 1 + int(10);
  for (let i = 0; i < size; i++) {
    now += small ? int(4) : int(2);
    calls.push(random() < 0.5 ? ['get', int(keys), now] : ['put', int(keys), int(100_001), now]);
  }
  return calls;
}

/**
 * The worst case of scanning the entries: a capacity of `size / 8`, entries that live
 * longer than the whole test, and calls that make the cache evict as often as it can: once
 * it is full, every put brings a new key and every get asks for the least recently used
 * key (a hit that moves the oldest entry to the front).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const capacity = Math.max(1, Math.floor(size / 8));
  const calls = [['new', capacity, 1_000_000]];
  const held = [];
  let fresh = 0;
  for (let i = 0; i < size; i++) {
    if (held.length < capacity || random() < 0.5) {
      const key = fresh++;
      calls.push(['put', key, Math.floor(random() * 100_001), i + 1]);
      held.push(key);
      if (held.length > capacity) held.shift();
    } else {
      const key = held.shift();
      calls.push(['get', key, i + 1]);
      held.push(key);
    }
  }
  return calls;
}
