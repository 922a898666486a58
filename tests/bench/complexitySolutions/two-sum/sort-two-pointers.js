// Sort the positions by value, then close in from both ends: a sum too small moves the left
// end up, too large moves the right end down. O(n log n) for the sort, where a map of the
// values seen so far needs only O(n).
function twoSum(nums, target) {
  const order = nums.map((_, i) => i).sort((a, b) => nums[a] - nums[b]);
  let low = 0;
  let high = order.length - 1;
  while (low < high) {
    const sum = nums[order[low]] + nums[order[high]];
    if (sum === target) return [order[low], order[high]];
    if (sum < target) low++;
    else high--;
  }
  return [];
}
