// Bug: subtracts the repeated count after taking the modulo but never adds MOD back, so the answer can go negative.
function countWords(letters) {
  const MOD = 1000000007;
  let dp = 1;
  const before = {};
  for (const ch of letters) {
    const prev = dp;
    dp = (2 * dp) % MOD;
    if (ch in before) dp = (dp - before[ch]) % MOD;
    before[ch] = prev;
  }
  return (dp - 1) % MOD;
}
