// Looks for the tallest stack on each side without the spot itself and never clamps, so a peak adds negative water.
function trappedWater(stacks) {
  const n = stacks.length;
  const leftTallest = new Array(n).fill(0);
  const rightTallest = new Array(n).fill(0);
  for (let i = 1; i < n; i++) leftTallest[i] = Math.max(leftTallest[i - 1], stacks[i - 1]);
  for (let i = n - 2; i >= 0; i--) rightTallest[i] = Math.max(rightTallest[i + 1], stacks[i + 1]);
  let water = 0;
  for (let i = 0; i < n; i++) water += Math.min(leftTallest[i], rightTallest[i]) - stacks[i];
  return water;
}
