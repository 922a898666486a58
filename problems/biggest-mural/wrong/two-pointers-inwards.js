// Two pointers moving inwards from both ends, keeping the lowest wall between them, and
// dropping the lower end each time: it can throw away a wall the best mural needs.
function biggestMural(heights) {
  let left = 0;
  let right = heights.length - 1;
  let best = 0;
  while (left <= right) {
    let lowest = Number.POSITIVE_INFINITY;
    for (let k = left; k <= right; k++) lowest = Math.min(lowest, heights[k]);
    best = Math.max(best, lowest * (right - left + 1));
    if (heights[left] < heights[right]) left++;
    else right--;
  }
  return best;
}
