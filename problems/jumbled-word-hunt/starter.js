/**
 * @param {string} strip the printed letters
 * @param {string} word the clue word
 * @return {number[]} the start of every block of strip that is word jumbled, in increasing order
 */
function findJumbles(strip, word) {
  // Your code here
}
