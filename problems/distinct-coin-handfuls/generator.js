/**
 * `min(size, 20)` coins. Values come from a small pool, so most inputs repeat values.
 * While there are more than 2 000 distinct handfuls (the product of each value's count
 * plus one), a coin of the rarest value becomes a copy of the commonest, which always
 * lowers that product.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, Math.min(20, size));
  const pool = 1 + int(Math.min(n, 12));
  const values = Array.from({ length: pool }, () => int(201) - 100);
  const coins = Array.from({ length: n }, () => values[int(pool)]);
  for (;;) {
    const counts = new Map();
    for (const coin of coins) counts.set(coin, (counts.get(coin) ?? 0) + 1);
    let product = 1;
    for (const count of counts.values()) product *= count + 1;
    if (product <= 2000) return [coins];
    const byCount = [...counts.entries()].sort((a, b) => a[1] - b[1]);
    coins[coins.indexOf(byCount[0][0])] = byCount[byCount.length - 1][0];
  }
}

/**
 * `min(size, 20)` coins with as many distinct handfuls as the 2 000 limit allows: all
 * values different up to 10 coins (2ⁿ handfuls), then the split of the coins into equal
 * values whose product of (count + 1) is largest without passing 2 000. Building every
 * handful costs the most here, and deduplicating all 2ⁿ subsets keeps the most keys.
 * Past 20 coins the input stays the same.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, Math.min(20, size));
  // The counts per value (a partition of n) with the largest product of (count + 1) ≤ 2 000.
  let best = [];
  let bestProduct = 0;
  const split = (left, largest, counts, product) => {
    if (product > 2000) return;
    if (left === 0) {
      if (product > bestProduct) {
        best = counts.slice();
        bestProduct = product;
      }
      return;
    }
    for (let count = Math.min(left, largest); count >= 1; count--) {
      counts.push(count);
      split(left - count, count, counts, product * (count + 1));
      counts.pop();
    }
  };
  split(n, n, [], 1);
  const pool = Array.from({ length: 201 }, (_, i) => i - 100);
  const coins = [];
  best.forEach((count) => {
    const value = pool.splice(Math.floor(random() * pool.length), 1)[0];
    for (let c = 0; c < count; c++) coins.push(value);
  });
  for (let i = coins.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [coins[i], coins[j]] = [coins[j], coins[i]];
  }
  return [coins];
}
