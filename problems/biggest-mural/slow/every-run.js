// Right, but tries every run of neighbouring houses, tracking the lowest wall: O(n²).
function biggestMural(heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let lowest = heights[i];
    for (let j = i; j < heights.length; j++) {
      if (heights[j] < lowest) lowest = heights[j];
      if (lowest * (j - i + 1) > best) best = lowest * (j - i + 1);
    }
  }
  return best;
}
