/** How many different non-empty words crossing out tiles can leave, modulo 1 000 000 007. */
function countWords(letters: string): number {
  // Your code here
}
