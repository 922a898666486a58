// Bug: the comparator returns a boolean (true/false → 1/0), never a negative number, so the sort order is unreliable.
function sortByFrequency(codes) {
  const count = new Map();
  for (const c of codes) count.set(c, (count.get(c) || 0) + 1);
  return [...codes].sort((a, b) => count.get(a) < count.get(b) || (count.get(a) === count.get(b) && a > b));
}
