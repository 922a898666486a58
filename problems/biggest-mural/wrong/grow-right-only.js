// Grows each house's mural to the right only, at that house's height: misses murals whose
// lowest wall is not their first.
function biggestMural(heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let j = i;
    while (j < heights.length && heights[j] >= heights[i]) j++;
    best = Math.max(best, heights[i] * (j - i));
  }
  return best;
}
