/** Whether `word` uses every letter of `tiles` exactly once. */
function usesSameTiles(tiles: string, word: string): boolean {
  // Your code here
}
