/** The fewest stamps whose values add up to exactly postage, or -1 if no combination does. */
function fewestStamps(stamps: number[], postage: number): number {
  // Your code here
}
