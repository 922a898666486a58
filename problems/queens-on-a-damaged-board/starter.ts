/** How many ways to place n non-attacking queens on the good ('.') squares. */
function countPlacements(board: string[]): number {
  // Your code here
}
