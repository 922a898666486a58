/** The squares of the (ascending) errors, in ascending order. */
function squaredErrors(errors: number[]): number[] {
  // Your code here
}
