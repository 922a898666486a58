// Merges only stretches that strictly overlap the new one: a stretch that merely touches it
// at one kilometre stays separate.
function addClosure(closures, closure) {
  const result = [];
  let [from, to] = closure;
  let i = 0;
  while (i < closures.length && closures[i][1] <= from) result.push(closures[i++]);
  while (i < closures.length && closures[i][0] < to) {
    from = Math.min(from, closures[i][0]);
    to = Math.max(to, closures[i][1]);
    i++;
  }
  result.push([from, to]);
  while (i < closures.length) result.push(closures[i++]);
  return result;
}
