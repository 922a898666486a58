// Sorts by count only: equal counts keep the order in which the codes were first seen.
function sortByFrequency(codes) {
  const counts = new Map();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const distinct = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a));
  return distinct.flatMap((code) => new Array(counts.get(code)).fill(code));
}
