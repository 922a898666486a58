// Add the new stretch, sort everything by start, and merge overlapping or touching
// neighbours: O(n log n).
function addClosure(closures, closure) {
  const all = [...closures.map(([a, b]) => [a, b]), [closure[0], closure[1]]].sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [a, b] of all) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
