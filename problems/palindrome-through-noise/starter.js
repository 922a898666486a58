/**
 * @param {string} text
 * @return {boolean} whether its letters and digits, case ignored, read the same both ways
 */
function readsSameBothWays(text) {
  // Your code here
}
