/**
 * @param {unknown} a
 * @param {unknown} b
 * @return {boolean} whether a and b are deeply equal
 */
function deepEqual(a, b) {
  // Your code here
}
