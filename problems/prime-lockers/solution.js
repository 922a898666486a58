// Sieve of Eratosthenes: every number still unmarked when reached is prime, and crosses
// out its multiples from its square (smaller multiples have a smaller prime factor that
// crossed them out already). O(n log log n) time, O(n) space.
function countPrimeLockers(n) {
  if (n < 3) return 0;
  const composite = new Uint8Array(n);
  for (let i = 2; i * i < n; i++) {
    if (composite[i]) continue;
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  let count = 0;
  for (let i = 2; i < n; i++) if (!composite[i]) count++;
  return count;
}
