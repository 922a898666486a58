/**
 * @param {string} code
 * @return {boolean} whether every bracket in code is closed, in order, by one of its kind
 */
function isBalanced(code) {
  // Your code here
}
