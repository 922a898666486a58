// Bug: avoids pairing a position with itself by refusing equal values, which also refuses two equal values at different positions.
function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const complement = target - nums[i];
    if (complement !== nums[i] && seen.has(complement)) return [seen.get(complement), i];
    seen.set(nums[i], i);
  }
  return [];
}
