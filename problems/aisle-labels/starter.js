/**
 * @param {number} aisle the aisle number, from 1
 * @return {string} its label: "A" to "Z", then "AA", "AB", …
 */
function aisleLabel(aisle) {
  // Your code here
}
