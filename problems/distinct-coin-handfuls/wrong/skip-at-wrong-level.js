// Bug: skips a value equal to the previous one at every level (i > 0 instead of i > start), so [5, 5] is never built.
function handfuls(coins) {
  const sorted = [...coins].sort((x, y) => x - y);
  const out = [];
  const pick = [];
  const go = (start) => {
    out.push([...pick]);
    for (let i = start; i < sorted.length; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      pick.push(sorted[i]);
      go(i + 1);
      pick.pop();
    }
  };
  go(0);
  return out;
}
