// The increasing stack, but forgets the houses still on the stack when the street ends.
function biggestMural(heights) {
  const stack = [];
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= heights[i]) {
      const height = heights[stack.pop()];
      const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
      best = Math.max(best, height * (i - left));
    }
    stack.push(i);
  }
  return best;
}
