// Counts the climbs backwards, from the top step down to the floor, trying both last moves
// and remembering nothing: as many calls as there are climbs (Fibonacci-like growth).
function countClimbs(n, broken) {
  const isBroken = new Set(broken);
  const to = (step) => {
    if (step < 0 || isBroken.has(step)) return 0;
    if (step === 0) return 1;
    return (to(step - 1) + to(step - 2)) % 1_000_000_007;
  };
  return to(n);
}
