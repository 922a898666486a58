// Counts the ways to keep tiles, 2ⁿ − 1, as if different choices always left different
// words: right only when no letter repeats.
function countWords(letters) {
  const MOD = 1_000_000_007;
  let all = 1;
  for (let i = 0; i < letters.length; i++) all = (2 * all) % MOD;
  return (all - 1 + MOD) % MOD;
}
