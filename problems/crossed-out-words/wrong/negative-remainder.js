// The right recurrence, but in JavaScript % keeps the sign of the dividend: once the
// doubled count, already reduced modulo 1e9+7, falls below what it subtracts, the count
// goes negative and stays wrong.
function countWords(letters) {
  const MOD = 1_000_000_007;
  const beforeLast = new Map();
  let all = 1;
  for (const c of letters) {
    const repeated = beforeLast.get(c) ?? 0;
    beforeLast.set(c, all);
    all = (2 * all - repeated) % MOD;
  }
  return (all - 1) % MOD;
}
