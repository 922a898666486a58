// Bug: deduplicates handfuls by (sum, size), a checksum that two different handfuls such as [1, 4] and [2, 3] share.
function handfuls(coins) {
  const seen = new Set();
  const out = [];
  const n = coins.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const pick = [];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) {
        pick.push(coins[i]);
        sum += coins[i];
      }
    }
    const key = `${sum}/${pick.length}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(pick);
    }
  }
  return out;
}
