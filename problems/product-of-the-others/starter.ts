/** For each stage, the product of all the other gains (without division). */
function productOfOthers(gains: number[]): number[] {
  // Your code here
}
