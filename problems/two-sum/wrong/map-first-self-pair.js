// Bug: fills the map first, then looks up each complement without checking it is a different position.
function twoSum(nums, target) {
  const at = new Map();
  for (let i = 0; i < nums.length; i++) at.set(nums[i], i);
  for (let i = 0; i < nums.length; i++) {
    const j = at.get(target - nums[i]);
    if (j !== undefined) return [i, j];
  }
  return [];
}
