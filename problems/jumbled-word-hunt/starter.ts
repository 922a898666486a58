/** The start of every substring of `strip` that is an anagram of `word`, in increasing order. */
function findJumbles(strip: string, word: string): number[] {
  // Your code here
}
