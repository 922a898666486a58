/**
 * @param {[number, number][]} acts [start, end] slots in any order
 * @return {number} the fewest acts to cancel so that no two remaining acts clash
 */
function fewestCancellations(acts) {
  // Your code here
}
