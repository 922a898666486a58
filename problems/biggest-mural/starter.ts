/** The largest rectangle, standing on the ground, that fits on neighbouring house fronts. */
function biggestMural(heights: number[]): number {
  // Your code here
}
