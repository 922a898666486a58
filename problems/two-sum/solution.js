// One pass: remember where each value was seen; the complement of the current value, if
// seen before, completes the pair.
function twoSum(nums, target) {
  const seenAt = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seenAt.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seenAt.set(nums[i], i);
  }
  return [];
}
