/** Groups of words that are rearrangements of each other, in order of first appearance. */
function groupByLetters(words: string[]): string[][] {
  // Your code here
}
