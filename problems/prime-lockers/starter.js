/**
 * @param {number} n the number of lockers, numbered 0 to n - 1
 * @return {number} how many primes are less than n
 */
function countPrimeLockers(n) {
  // Your code here
}
