// Bug: looks at the next day and one jump along its answer only, instead of following the jumps until a higher price.
function daysToWait(prices) {
  const n = prices.length;
  const wait = new Array(n).fill(0);
  for (let i = n - 2; i >= 0; i--) {
    if (prices[i + 1] > prices[i]) {
      wait[i] = 1;
    } else if (wait[i + 1] > 0 && prices[i + 1 + wait[i + 1]] > prices[i]) {
      wait[i] = 1 + wait[i + 1];
    }
  }
  return wait;
}
