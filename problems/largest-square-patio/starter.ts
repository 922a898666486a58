/** The largest whole side with side · side ≤ tiles (integer square root, rounded down). */
function patioSide(tiles: number): number {
  // Your code here
}
