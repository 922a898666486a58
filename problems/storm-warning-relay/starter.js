/**
 * @param {number} n villages 0 to n - 1
 * @param {[number, number, number][]} links one-way [from, to, minutes]
 * @param {number} source the village that raises the alarm at minute 0
 * @return {number} the minute the last village hears the warning, or -1 if some never does
 */
function warningTime(n, links, source) {
  // Your code here
}
