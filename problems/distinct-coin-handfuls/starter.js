/**
 * @param {number[]} coins face values, possibly repeated
 * @return {number[][]} every distinct handful once, in any order
 */
function handfuls(coins) {
  // Your code here
}
