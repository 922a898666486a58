/**
 * @param {number[]} buffer distinct increasing timestamps, rotated by an unknown amount
 * @param {number} stamp the timestamp to find
 * @return {number} the index of stamp in buffer, or -1
 */
function findStamp(buffer, stamp) {
  // Your code here
}
