// Count each code, sort the distinct codes by (count descending, code ascending), then
// write each code out as many times as it occurred. O(n + k log k) for k distinct codes.
function sortByFrequency(codes) {
  const counts = new Map();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const distinct = [...counts.keys()];
  distinct.sort((a, b) => counts.get(b) - counts.get(a) || a - b);
  const result = [];
  for (const code of distinct) {
    for (let i = counts.get(code); i > 0; i--) result.push(code);
  }
  return result;
}
