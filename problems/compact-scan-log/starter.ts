/** Compacts the sorted badges in place: the first k entries become the distinct numbers; returns k. */
function compactScans(badges: number[]): number {
  // Your code here
}
