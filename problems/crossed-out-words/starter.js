/**
 * @param {string} letters the row of tiles
 * @return {number} how many different non-empty words crossing out tiles can leave, modulo 1 000 000 007
 */
function countWords(letters) {
  // Your code here
}
