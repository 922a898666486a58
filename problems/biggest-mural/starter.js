/**
 * @param {number[]} heights the height of each house front, in metres
 * @return {number} the largest area of a rectangular mural on neighbouring fronts
 */
function biggestMural(heights) {
  // Your code here
}
