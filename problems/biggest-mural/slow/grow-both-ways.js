// Right, but grows a mural left and right from every house at that house's height: O(n²)
// when the heights are level or rising.
function biggestMural(heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let left = i;
    while (left > 0 && heights[left - 1] >= heights[i]) left--;
    let right = i;
    while (right < heights.length - 1 && heights[right + 1] >= heights[i]) right++;
    best = Math.max(best, heights[i] * (right - left + 1));
  }
  return best;
}
