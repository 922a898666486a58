// Bug: pops the stack when the price is greater OR EQUAL, so an equal price counts as higher.
function daysToWait(prices) {
  const wait = new Array(prices.length).fill(0);
  const stack = [];
  for (let i = 0; i < prices.length; i++) {
    while (stack.length > 0 && prices[i] >= prices[stack[stack.length - 1]]) {
      const j = stack.pop();
      wait[j] = i - j;
    }
    stack.push(i);
  }
  return wait;
}
