// One pass over the sorted list: copy the stretches that end before the new one starts,
// merge every stretch that overlaps or touches it into one, then copy the rest. O(n) time,
// O(n) space for the result.
function addClosure(closures, closure) {
  const result = [];
  let [from, to] = closure;
  let i = 0;
  while (i < closures.length && closures[i][1] < from) result.push(closures[i++]);
  while (i < closures.length && closures[i][0] <= to) {
    from = Math.min(from, closures[i][0]);
    to = Math.max(to, closures[i][1]);
    i++;
  }
  result.push([from, to]);
  while (i < closures.length) result.push(closures[i++]);
  return result;
}
