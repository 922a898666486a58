// Orders the codes with the default sort, which compares them as text ("100" < "15" < "2",
// "-3" < "-30" < "-4"), then (stably) by count.
function sortByFrequency(codes) {
  const counts = new Map();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const distinct = [...counts.keys()].sort();
  distinct.sort((a, b) => counts.get(b) - counts.get(a));
  return distinct.flatMap((code) => new Array(counts.get(code)).fill(code));
}
