/**
 * @param {number} base how many cells each cell splits into every minute
 * @param {string} minutes a whole number of minutes, in decimal (up to 10^18)
 * @param {number} modulus where the counter wraps around
 * @return {number} base^minutes mod modulus
 */
function colonyCount(base, minutes, modulus) {
  // Your code here
}
