/**
 * @param {string} typed the word as typed
 * @param {string} intended the word that was meant
 * @return {number} the fewest insertions, deletions and replacements turning typed into intended
 */
function minEdits(typed, intended) {
  // Your code here
}
