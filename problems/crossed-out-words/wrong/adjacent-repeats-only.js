// Bug: only discounts repeats of the letter just before (runs like "zzz"), not repeats further back ("aba").
function countWords(letters) {
  const MOD = 1000000007;
  let dp = 1;
  let prevDp = 0;
  for (let i = 0; i < letters.length; i++) {
    const before = dp;
    dp = (2 * dp) % MOD;
    if (i > 0 && letters[i] === letters[i - 1]) dp = (dp - prevDp + MOD) % MOD;
    prevDp = before;
  }
  return (dp - 1 + MOD) % MOD;
}
