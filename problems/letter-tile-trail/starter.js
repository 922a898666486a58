/**
 * @param {string[]} board the rows of tiles, all the same length
 * @param {string} word the word to trace
 * @return {boolean} whether word can be traced through neighbouring tiles, each used once
 */
function canTrace(board, word) {
  // Your code here
}
