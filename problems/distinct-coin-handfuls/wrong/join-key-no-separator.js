// Bug: deduplicates handfuls by their sorted values joined with no separator, so [1, 1, 1] and [1, 11] share the key "111".
function handfuls(coins) {
  const seen = new Set();
  const out = [];
  const n = coins.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const pick = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) pick.push(coins[i]);
    pick.sort((x, y) => x - y);
    const key = pick.join('');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(pick);
    }
  }
  return out;
}
