/** The fewest single-character insertions, deletions and replacements turning typed into intended. */
function minEdits(typed: string, intended: string): number {
  // Your code here
}
