/**
 * Your own Array.prototype.map: a new array of callback's results, holes kept as holes.
 * @param {unknown[]} array
 * @param {(value: unknown, index: number, array: unknown[]) => unknown} callback
 * @param {unknown} [thisArg] the `this` of each callback call
 * @return {unknown[]}
 */
function myMap(array, callback, thisArg) {
  // Your code here
}

/**
 * Your own Array.prototype.reduce.
 * @param {unknown[]} array
 * @param {(accumulator: unknown, value: unknown, index: number, array: unknown[]) => unknown} callback
 * @param {unknown} [initialValue] optional; undefined counts as given when it is passed
 * @return {unknown}
 */
function myReduce(array, callback, initialValue) {
  // Your code here
}
