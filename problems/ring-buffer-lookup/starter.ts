/** The index of `stamp` in `buffer` (a rotated increasing array of distinct values), or -1. */
function findStamp(buffer: number[], stamp: number): number {
  // Your code here
}
