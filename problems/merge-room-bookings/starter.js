/**
 * @param {[number, number][]} bookings [start, end] pairs in any order
 * @return {[number, number][]} the busy blocks, sorted by start
 */
function mergeBookings(bookings) {
  // Your code here
}
