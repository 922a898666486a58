/** Rearranges `belt` in place so that its 0s come first, then its 1s, then its 2s. */
function sortBelt(belt: number[]): void {
  // Your code here
}
