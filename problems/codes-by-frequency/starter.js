/**
 * @param {number[]} codes
 * @return {number[]} the codes, most frequent first; equal counts in increasing order
 */
function sortByFrequency(codes) {
  // Your code here
}
