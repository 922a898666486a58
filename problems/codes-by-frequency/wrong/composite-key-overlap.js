// Bug: sorts by one composite key count * 10000 - code, but codes span 20001 values, so counts and codes overlap.
function sortByFrequency(codes) {
  const count = new Map();
  for (const c of codes) count.set(c, (count.get(c) || 0) + 1);
  const key = (c) => count.get(c) * 10000 - c;
  return [...codes].sort((a, b) => key(b) - key(a));
}
