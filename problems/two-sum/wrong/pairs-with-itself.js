// Looks the complement up before checking it is another element: a value half the target
// pairs with itself.
function twoSum(nums, target) {
  const index = new Map();
  for (let i = 0; i < nums.length; i++) index.set(nums[i], i);
  for (let i = 0; i < nums.length; i++) {
    if (index.has(target - nums[i])) return [i, index.get(target - nums[i])];
  }
  return [];
}
