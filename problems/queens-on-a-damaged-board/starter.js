/**
 * @param {string[]} board n rows of n characters: '.' good square, '#' damaged
 * @return {number} how many ways to place n queens, none attacking another
 */
function countPlacements(board) {
  // Your code here
}
