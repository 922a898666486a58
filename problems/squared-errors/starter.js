/**
 * @param {number[]} errors measurement errors, sorted in ascending order
 * @return {number[]} the squares of the errors, in ascending order
 */
function squaredErrors(errors) {
  // Your code here
}
