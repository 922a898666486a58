// For every spot, look for the tallest stack on each side (itself included): O(n²).
function trappedWater(stacks) {
  let water = 0;
  for (let i = 0; i < stacks.length; i++) {
    let leftTallest = 0;
    for (let j = 0; j <= i; j++) leftTallest = Math.max(leftTallest, stacks[j]);
    let rightTallest = 0;
    for (let j = i; j < stacks.length; j++) rightTallest = Math.max(rightTallest, stacks[j]);
    water += Math.min(leftTallest, rightTallest) - stacks[i];
  }
  return water;
}
