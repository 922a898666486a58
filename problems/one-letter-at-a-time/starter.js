/**
 * @param {string} start the word to change
 * @param {string} target the word to reach
 * @param {string[]} words the words a ladder may pass through (the target must be one)
 * @return {number} the fewest one-letter changes from start to target, or -1
 */
function fewestChanges(start, target, words) {
  // Your code here
}
