/**
 * @param {number[]} scans ticket numbers in scan order
 * @return {number | null} the number whose second scan comes first, or null
 */
function firstRepeat(scans) {
  // Your code here
}
