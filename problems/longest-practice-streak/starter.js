/**
 * @param {number[]} days day numbers, unordered, possibly repeated
 * @return {number} the length of the longest run of consecutive days
 */
function longestStreak(days) {
  // Your code here
}
