/**
 * @param {number[]} stacks the height of each stack, in crates
 * @return {number} the units of water standing in the row after the storm
 */
function trappedWater(stacks) {
  // Your code here
}
