// Bug: in the jump-along-answers pass, stopping at a day whose wait is 0 still records that day as the answer.
function daysToWait(prices) {
  const n = prices.length;
  const wait = new Array(n).fill(0);
  for (let i = n - 2; i >= 0; i--) {
    let j = i + 1;
    while (j < n && prices[j] <= prices[i]) {
      if (wait[j] === 0) break;
      j += wait[j];
    }
    wait[i] = j < n ? j - i : 0;
  }
  return wait;
}
