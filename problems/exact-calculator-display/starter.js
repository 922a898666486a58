/**
 * @param {number} numerator a whole number
 * @param {number} denominator a whole number, not 0
 * @return {string} the exact quotient, repeating digits in parentheses, e.g. "0.1(6)"
 */
function exactDecimal(numerator, denominator) {
  // Your code here
}
