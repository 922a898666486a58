/** The median of all values of two sorted arrays together. */
function middleWeight(first: number[], second: number[]): number {
  // Your code here
}
