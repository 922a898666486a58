// Forgets that at least one tile must be kept: the empty word is counted too.
function countWords(letters) {
  const MOD = 1_000_000_007;
  const beforeLast = new Map();
  let all = 1;
  for (const c of letters) {
    const repeated = beforeLast.get(c) ?? 0;
    beforeLast.set(c, all);
    all = (2 * all - repeated + MOD) % MOD;
  }
  return all;
}
