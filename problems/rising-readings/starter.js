/**
 * @param {number[]} readings altitudes in the order they were logged
 * @return {number} the most readings a strictly rising pick (order kept) can hold
 */
function longestRise(readings) {
  // Your code here
}
