// Sort so equal values sit together, then build handfuls by backtracking: at each depth,
// try each next coin as the next value, but only the first coin of a run of equal values,
// so the same handful is never built twice. Every call records one handful:
// O(n · answers) time, O(n) extra space besides the answer.
function handfuls(coins) {
  const sorted = [...coins].sort((a, b) => a - b);
  const all = [];
  const current = [];
  function extend(from) {
    all.push(current.slice());
    for (let i = from; i < sorted.length; i++) {
      if (i > from && sorted[i] === sorted[i - 1]) continue;
      current.push(sorted[i]);
      extend(i + 1);
      current.pop();
    }
  }
  extend(0);
  return all;
}
