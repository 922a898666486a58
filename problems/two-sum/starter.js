/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]} two different indices whose values sum to target
 */
function twoSum(nums, target) {
  // Your code here
}
