// Try every run of neighbouring houses, keeping the lowest wall as it grows: O(n²).
function biggestMural(heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let lowest = Number.POSITIVE_INFINITY;
    for (let j = i; j < heights.length; j++) {
      lowest = Math.min(lowest, heights[j]);
      best = Math.max(best, lowest * (j - i + 1));
    }
  }
  return best;
}
