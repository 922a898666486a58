/** How many islands: '#' cells joined up, down, left or right. */
function countIslands(map: string[]): number {
  // Your code here
}
