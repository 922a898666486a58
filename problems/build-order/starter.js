/**
 * @param {number} n packages 0 to n - 1
 * @param {[number, number][]} needs [a, b]: b must be built before a
 * @return {number[]} every package once, each after the ones it needs; [] if impossible
 */
function buildOrder(n, needs) {
  // Your code here
}
