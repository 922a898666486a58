/**
 * @param {string} expression numbers, + - * /, parentheses, unary minus and spaces
 * @return {number} its value, with division rounding toward zero
 */
function calculate(expression) {
  // Your code here
}
