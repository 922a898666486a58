/**
 * @param {number[]} magnets the number on each magnet
 * @return {string} the biggest number the magnets spell side by side, without extra leading zeros
 */
function biggestNumber(magnets) {
  // Your code here
}
