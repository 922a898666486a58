/**
 * @param {number} tiles how many tiles there are (a whole number up to 2^53 - 1)
 * @return {number} the largest side with side * side <= tiles
 */
function patioSide(tiles) {
  // Your code here
}
