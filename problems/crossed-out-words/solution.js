// all counts the different words (the empty one included) left by crossing out tiles of
// the prefix read so far. A new tile c doubles them (each word with or without c on the
// end), except that the words ending in c made at c's previous occurrence, which are the
// words before that occurrence with c added, would be counted twice: subtract them.
// O(n) time, O(σ) space for an alphabet of σ letters.
function countWords(letters) {
  const MOD = 1_000_000_007;
  const beforeLast = new Map();
  let all = 1;
  for (const c of letters) {
    const repeated = beforeLast.get(c) ?? 0;
    beforeLast.set(c, all);
    all = (2 * all - repeated + MOD) % MOD;
  }
  return (all - 1 + MOD) % MOD;
}
