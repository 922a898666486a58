// A stack of houses whose heights rise from bottom to top, each still able to extend its
// mural to the right. A lower house ends every taller one on the stack: that mural spans
// from just after the house below it on the stack to just before the lower house. A
// height-0 sentinel at the end flushes the stack. Each house is pushed and popped once:
// O(n) time, O(n) space.
function biggestMural(heights) {
  const n = heights.length;
  const stack = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i];
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
      const height = heights[stack.pop()];
      const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
      best = Math.max(best, height * (i - left));
    }
    stack.push(i);
  }
  return best;
}
