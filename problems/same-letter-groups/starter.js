/**
 * @param {string[]} words
 * @return {string[][]} groups of rearrangements, in order of first appearance
 */
function groupByLetters(words) {
  // Your code here
}
