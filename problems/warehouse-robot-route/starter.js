/**
 * @param {string[]} floor rows of '.' (open floor) and '#' (shelf)
 * @return {number} fewest moves from the top-left cell to the bottom-right one, or -1
 */
function shortestRoute(floor) {
  // Your code here
}
