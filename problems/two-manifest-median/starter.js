/**
 * @param {number[]} first one ship's weights, sorted from lightest to heaviest
 * @param {number[]} second the other ship's weights, sorted the same way
 * @return {number} the median of all the weights together
 */
function middleWeight(first, second) {
  // Your code here
}
