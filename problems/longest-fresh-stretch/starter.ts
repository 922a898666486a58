/** The length of the longest substring of `keys` with no repeated character. */
function longestFreshStretch(keys: string): number {
  // Your code here
}
