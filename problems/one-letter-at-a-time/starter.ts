/** The fewest one-letter changes from start to target through words of the list, or -1. */
function fewestChanges(start: string, target: string, words: string[]): number {
  // Your code here
}
