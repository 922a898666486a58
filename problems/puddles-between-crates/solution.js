// Two pointers. Water above a spot rises to the lower of the tallest stacks on its left
// and on its right. While the tallest seen from the left is the lower one, it decides the
// level at the left pointer (something at least as tall waits on the right), so settle
// that spot and move in; otherwise settle the right one. O(n) time, O(1) space.
function trappedWater(stacks) {
  let left = 0;
  let right = stacks.length - 1;
  let leftTallest = 0;
  let rightTallest = 0;
  let water = 0;
  while (left <= right) {
    if (leftTallest <= rightTallest) {
      leftTallest = Math.max(leftTallest, stacks[left]);
      water += leftTallest - stacks[left];
      left++;
    } else {
      rightTallest = Math.max(rightTallest, stacks[right]);
      water += rightTallest - stacks[right];
      right--;
    }
  }
  return water;
}
