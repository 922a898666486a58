// Bug: sorts [value, index] pairs with the default sort(), which orders them as strings, then walks two pointers.
function twoSum(nums, target) {
  const pairs = nums.map((v, i) => [v, i]);
  pairs.sort();
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo < hi) {
    const sum = pairs[lo][0] + pairs[hi][0];
    if (sum === target) return [pairs[lo][1], pairs[hi][1]];
    if (sum < target) lo++;
    else hi--;
  }
  return [];
}
