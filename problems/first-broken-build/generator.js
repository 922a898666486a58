/**
 * A history of `size` builds (at least one) whose first broken build is random.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const n = Math.max(1, size);
  return [n, 1 + Math.floor(random() * n)];
}

/**
 * Only the newest build is broken: checking builds one by one from the oldest makes n calls.
 * @param {number} size
 */
export function worstCase(size) {
  const n = Math.max(1, size);
  return [n, n];
}
