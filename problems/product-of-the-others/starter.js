/**
 * @param {number[]} gains
 * @return {number[]} for each stage, the product of all the other gains
 */
function productOfOthers(gains) {
  // Your code here
}
