// Takes the end of the last overlapped stretch as the merged end, even when the new
// stretch reaches further.
function addClosure(closures, closure) {
  const result = [];
  let [from, to] = closure;
  let i = 0;
  while (i < closures.length && closures[i][1] < from) result.push(closures[i++]);
  let end = to;
  while (i < closures.length && closures[i][0] <= to) {
    from = Math.min(from, closures[i][0]);
    end = closures[i][1];
    i++;
  }
  result.push([from, end]);
  while (i < closures.length) result.push(closures[i++]);
  return result;
}
