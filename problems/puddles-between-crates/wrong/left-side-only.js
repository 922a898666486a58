// Fills every spot up to the tallest stack on its left, as if a wall stood at the right end of the row.
function trappedWater(stacks) {
  let tallest = 0;
  let water = 0;
  for (const height of stacks) {
    tallest = Math.max(tallest, height);
    water += tallest - height;
  }
  return water;
}
