// Breaks ties by comparing lengths first, then letters: "tea" comes before "curry".
function trendingTerms(searches, k) {
  const counts = new Map();
  for (const term of searches) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || a.length - b.length || (a < b ? -1 : 1))
    .slice(0, k);
}
