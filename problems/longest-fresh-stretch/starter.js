/**
 * @param {string} keys one character per key press
 * @return {number} the length of the longest substring with no repeated character
 */
function longestFreshStretch(keys) {
  // Your code here
}
