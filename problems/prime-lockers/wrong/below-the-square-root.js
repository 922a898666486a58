// Trial division stops at d < √k instead of d ≤ √k: squares of primes (4, 9, 25, …) pass as primes.
function countPrimeLockers(n) {
  let count = 0;
  for (let k = 2; k < n; k++) {
    let prime = true;
    for (let d = 2; d < Math.sqrt(k); d++) {
      if (k % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}
