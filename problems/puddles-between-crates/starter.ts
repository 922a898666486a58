/** Units of rain water held between the stacks of a row (heights in crates). */
function trappedWater(stacks: number[]): number {
  // Your code here
}
