/**
 * @param {number} n the top step
 * @param {number[]} broken steps you may not land on, in any order
 * @return {number} the number of climbs from step 0 to step n, modulo 1 000 000 007
 */
function countClimbs(n, broken) {
  // Your code here
}
