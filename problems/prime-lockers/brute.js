// Test every number below n against every smaller divisor: O(n²).
function countPrimeLockers(n) {
  let count = 0;
  for (let k = 2; k < n; k++) {
    let prime = true;
    for (let d = 2; d < k; d++) {
      if (k % d === 0) prime = false;
    }
    if (prime) count++;
  }
  return count;
}
