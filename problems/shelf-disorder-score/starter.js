/**
 * @param {number[]} shelf catalogue numbers from left to right
 * @return {number} the number of pairs i < j with shelf[i] > shelf[j]
 */
function disorderScore(shelf) {
  // Your code here
}
