/**
 * @param {number[]} scoops the different scoop sizes, in grams
 * @param {number} target the grams wanted
 * @return {number[][]} every different way, each in non-decreasing order
 */
function scoopCombinations(scoops, target) {
  // Your code here
}
