/** The codes, most frequent first; codes with equal counts in increasing numeric order. */
function sortByFrequency(codes: number[]): number[] {
  // Your code here
}
