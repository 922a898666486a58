// A sparse table of range maxima (the highest price in each run of 2^k days), then for each
// day a binary search, by halving jumps, for the first later day that beats it. O(n log n)
// to build and O(log n) per day: O(n log n), where a stack of waiting days needs O(n).
function daysToWait(prices) {
  const n = prices.length;
  const table = [prices];
  for (let k = 1; 1 << k <= n; k++) {
    const previous = table[k - 1];
    const half = 1 << (k - 1);
    const row = [];
    for (let i = 0; i + (1 << k) <= n; i++) row.push(Math.max(previous[i], previous[i + half]));
    table.push(row);
  }
  const wait = [];
  for (let day = 0; day < n; day++) {
    // Jump over runs of days none of which beats this one, longest runs first.
    let at = day + 1;
    for (let k = table.length - 1; k >= 0; k--) {
      if (at + (1 << k) <= n && table[k][at] <= prices[day]) at += 1 << k;
    }
    wait.push(at < n ? at - day : 0);
  }
  return wait;
}
