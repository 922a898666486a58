// Merges the overlapping stretches, but keeps the new stretch's own start even when an
// overlapped stretch starts earlier.
function addClosure(closures, closure) {
  const result = [];
  let [from, to] = closure;
  let i = 0;
  while (i < closures.length && closures[i][1] < from) result.push(closures[i++]);
  while (i < closures.length && closures[i][0] <= to) {
    to = Math.max(to, closures[i][1]);
    i++;
  }
  result.push([from, to]);
  while (i < closures.length) result.push(closures[i++]);
  return result;
}
