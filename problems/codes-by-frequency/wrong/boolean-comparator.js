// A comparator that returns a boolean: true becomes 1 and false 0, so it never says "a
// comes first" and the sort order is left to chance.
function sortByFrequency(codes) {
  const counts = new Map();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...codes].sort((a, b) => counts.get(a) < counts.get(b) || (counts.get(a) === counts.get(b) && a > b));
}
