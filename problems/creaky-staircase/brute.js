// Tries every sequence of moves from the floor: exponential.
function countClimbs(n, broken) {
  function climbsFrom(step) {
    if (step > n || broken.includes(step)) return 0;
    if (step === n) return 1;
    return climbsFrom(step + 1) + climbsFrom(step + 2);
  }
  return climbsFrom(0) % 1_000_000_007;
}
