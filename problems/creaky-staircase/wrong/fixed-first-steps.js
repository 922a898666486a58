// Hard-codes the first two steps (one way to reach step 1, two to reach step 2) as for a
// sound staircase, so a broken step 1 or 2 is still counted as reachable.
function countClimbs(n, broken) {
  const bad = new Set(broken);
  if (bad.has(n)) return 0;
  if (n === 1) return 1;
  if (n === 2) return 2;
  let twoBelow = 1;
  let oneBelow = 2;
  for (let i = 3; i <= n; i++) {
    const here = bad.has(i) ? 0 : (oneBelow + twoBelow) % 1_000_000_007;
    twoBelow = oneBelow;
    oneBelow = here;
  }
  return oneBelow;
}
