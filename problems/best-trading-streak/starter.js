/**
 * @param {number[]} profits the profit of each day, in order
 * @return {number} the largest total over consecutive days (at least one)
 */
function bestStreak(profits) {
  // Your code here
}
