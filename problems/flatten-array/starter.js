/**
 * @param {unknown[]} array
 * @param {number} [depth] how many levels of nested arrays to flatten; 1 when left out
 * @return {unknown[]} a new array
 */
function flatten(array, depth = 1) {
  // Your code here
}
