// Bug: subtracts the count from before the letter's FIRST occurrence instead of its most recent one.
function countWords(letters) {
  const MOD = 1000000007;
  let dp = 1;
  const before = {};
  for (const ch of letters) {
    const prev = dp;
    dp = (2 * dp) % MOD;
    if (ch in before) dp = (dp - before[ch] + MOD) % MOD;
    else before[ch] = prev;
  }
  return (dp - 1 + MOD) % MOD;
}
