/**
 * @param {number} year a whole number from 1 to 3999
 * @return {string} the year in Roman numerals
 */
function toRoman(year) {
  // Your code here
}
