/**
 * Rearranges the belt in place: glass (0), then paper (1), then plastic (2).
 * @param {number[]} belt each item is 0, 1 or 2
 * @return {void}
 */
function sortBelt(belt) {
  // Your code here
}
