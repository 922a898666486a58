/**
 * `size` printable ASCII characters made of pieces of random permutations of k keys (k
 * random, up to 95), so fresh stretches are long (up to about k) and end at varied places.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const k = size <= 10 ? 1 + int(6) : 20 + int(76);
  const first = 32 + int(95 - k + 1);
  const pool = Array.from({ length: k }, (_, i) => String.fromCharCode(first + i));
  const chars = [];
  while (chars.length < size) {
    for (let i = k - 1; i > 0; i--) {
      const j = int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const piece = Math.min(size - chars.length, 1 + int(k));
    for (let i = 0; i < piece; i++) chars.push(pool[i]);
  }
  return [chars.join('')];
}

/**
 * All 95 printable keys in the same order, over and over: every stretch of 95 keys is
 * fresh, so an approach that grows a stretch from every start does the most work per start.
 * @param {number} size
 */
export function worstCase(size) {
  let keys = '';
  for (let i = 0; i < size; i++) keys += String.fromCharCode(32 + (i % 95));
  return [keys];
}
