// Bug: breaks ties by first appearance (stable sort of distinct codes) instead of increasing value.
function sortByFrequency(codes) {
  const count = new Map();
  for (const c of codes) count.set(c, (count.get(c) || 0) + 1);
  const distinct = [...count.keys()].sort((a, b) => count.get(b) - count.get(a));
  const result = [];
  for (const c of distinct) for (let k = 0; k < count.get(c); k++) result.push(c);
  return result;
}
