// Bug: skips values larger than the target as "too big to be part of the pair", wrong once negatives are allowed.
function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] > target) continue;
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}
