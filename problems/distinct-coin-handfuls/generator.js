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
