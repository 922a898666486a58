/**
 * @param {number[]} poles heights of poles one metre apart
 * @return {number} the largest banner area between two poles
 */
function biggestBanner(poles) {
  // Your code here
}
