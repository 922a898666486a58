// Bug: per-letter "words ending in c" counts; the running total drops the old count without fixing a negative remainder.
function countWords(letters) {
  const MOD = 1000000007;
  const ends = new Array(26).fill(0);
  let total = 0;
  for (const ch of letters) {
    const k = ch.charCodeAt(0) - 97;
    const fresh = (total + 1) % MOD;
    total = (total - ends[k] + fresh) % MOD;
    ends[k] = fresh;
  }
  return total;
}
