/**
 * @param {[number, number][]} mine my free slots, sorted and separate
 * @param {[number, number][]} theirs their free slots, sorted and separate
 * @return {[number, number][]} the slots in which both are free, sorted by start
 */
function sharedFreeTime(mine, theirs) {
  // Your code here
}
