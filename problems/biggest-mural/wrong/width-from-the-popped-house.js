// The increasing stack, but measures a popped house's mural from that house itself, not
// from just after the house below it on the stack, losing the walls to its left.
function biggestMural(heights) {
  const n = heights.length;
  const stack = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i];
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
      const top = stack.pop();
      best = Math.max(best, heights[top] * (i - top));
    }
    stack.push(i);
  }
  return best;
}
