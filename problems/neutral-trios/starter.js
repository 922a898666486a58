/**
 * @param {number[]} charges the charge of each particle
 * @return {number[][]} every distinct trio [a, b, c], a ≤ b ≤ c, with a + b + c = 0
 */
function neutralTrios(charges) {
  // Your code here
}
