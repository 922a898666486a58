// Merges in place, but when the new stretch overlaps nothing it is simply appended, as if
// it always came after every other stretch.
function addClosure(closures, closure) {
  let [from, to] = closure;
  const kept = [];
  let merged = false;
  for (const [a, b] of closures) {
    if (b < from || a > to) kept.push([a, b]);
    else {
      from = Math.min(from, a);
      to = Math.max(to, b);
      merged = true;
    }
  }
  if (!merged) {
    kept.push([from, to]);
    return kept;
  }
  const at = kept.findIndex(([a]) => a > from);
  kept.splice(at === -1 ? kept.length : at, 0, [from, to]);
  return kept;
}
