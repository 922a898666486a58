// Bug: seeds ways(1) = 1 before the loop without checking whether step 1 is broken.
function countClimbs(n, broken) {
  const MOD = 1000000007;
  const bad = new Set(broken);
  if (bad.has(n)) return 0;
  let prev2 = 1;
  let prev1 = 1;
  for (let i = 2; i <= n; i++) {
    const cur = bad.has(i) ? 0 : (prev1 + prev2) % MOD;
    prev2 = prev1;
    prev1 = cur;
  }
  return prev1;
}
