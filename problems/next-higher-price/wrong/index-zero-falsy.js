// Bug: loops while `stack[stack.length - 1]` is truthy, so day 0 (index 0) is never popped and keeps wait 0.
function daysToWait(prices) {
  const wait = new Array(prices.length).fill(0);
  const stack = [];
  for (let i = 0; i < prices.length; i++) {
    let top = stack[stack.length - 1];
    while (top && prices[i] > prices[top]) {
      stack.pop();
      wait[top] = i - top;
      top = stack[stack.length - 1];
    }
    stack.push(i);
  }
  return wait;
}
