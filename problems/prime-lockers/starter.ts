/** How many primes are strictly less than n. */
function countPrimeLockers(n: number): number {
  // Your code here
}
