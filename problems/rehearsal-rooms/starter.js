/**
 * @param {[number, number][]} lessons [start, end] pairs in any order
 * @return {number} the fewest rooms that can hold every lesson
 */
function roomsNeeded(lessons) {
  // Your code here
}
