/** The number of index pairs i < j with shelf[i] > shelf[j]. */
function disorderScore(shelf: number[]): number {
  // Your code here
}
