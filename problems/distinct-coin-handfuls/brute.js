// Every subset of positions (2ⁿ of them), each sorted and kept once by its text.
function handfuls(coins) {
  const seen = new Map();
  for (let mask = 0; mask < 1 << coins.length; mask++) {
    const picked = [];
    for (let i = 0; i < coins.length; i++) if (mask & (1 << i)) picked.push(coins[i]);
    picked.sort((a, b) => a - b);
    seen.set(picked.join(','), picked);
  }
  return [...seen.values()];
}
