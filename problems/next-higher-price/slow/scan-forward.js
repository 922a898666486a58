// Right, but scans forward from every day: O(n²) when prices mostly fall or the highest
// price repeats.
function daysToWait(prices) {
  const wait = [];
  for (let i = 0; i < prices.length; i++) {
    let d = 0;
    for (let j = i + 1; j < prices.length; j++) {
      if (prices[j] > prices[i]) {
        d = j - i;
        break;
      }
    }
    wait.push(d);
  }
  return wait;
}
