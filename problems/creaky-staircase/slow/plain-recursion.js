// Right, but recounts the climbs from each step again every time it is reached: the calls
// grow like the Fibonacci numbers, O(2ⁿ).
function countClimbs(n, broken) {
  const bad = new Set(broken);
  function climbsFrom(step) {
    if (step > n || bad.has(step)) return 0;
    if (step === n) return 1;
    return (climbsFrom(step + 1) + climbsFrom(step + 2)) % 1_000_000_007;
  }
  return climbsFrom(0);
}
