// Bug: tests `if (seen[complement])`, so a partner at index 0 is never found.
function twoSum(nums, target) {
  const seen = {};
  for (let i = 0; i < nums.length; i++) {
    const complement = target - nums[i];
    if (seen[complement]) return [seen[complement], i];
    seen[nums[i]] = i;
  }
  return [];
}
