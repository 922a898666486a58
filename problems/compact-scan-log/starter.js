/**
 * @param {number[]} badges badge numbers in ascending order; change this array in place
 * @return {number} k: the first k entries of badges must be the distinct numbers, ascending
 */
function compactScans(badges) {
  // Your code here
}
