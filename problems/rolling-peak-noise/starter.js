/**
 * @param {number[]} levels one sound level per second, relative to the limit
 * @param {number} k the length of a stretch, in seconds
 * @return {number[]} the loudest level of each stretch of k consecutive seconds, in order
 */
function rollingPeak(levels, k) {
  // Your code here
}
