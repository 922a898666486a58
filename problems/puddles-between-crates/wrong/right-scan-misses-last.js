// Scans right with j < n − 1, so the last stack never counts as a wall.
function trappedWater(stacks) {
  const n = stacks.length;
  let water = 0;
  for (let i = 1; i < n - 1; i++) {
    let leftTallest = 0;
    for (let j = 0; j <= i; j++) leftTallest = Math.max(leftTallest, stacks[j]);
    let rightTallest = 0;
    for (let j = i; j < n - 1; j++) rightTallest = Math.max(rightTallest, stacks[j]);
    water += Math.min(leftTallest, rightTallest) - stacks[i];
  }
  return water;
}
