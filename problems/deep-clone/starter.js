/**
 * @param {unknown} value
 * @return {unknown} a deep copy of value
 */
function deepClone(value) {
  // Your code here
}
