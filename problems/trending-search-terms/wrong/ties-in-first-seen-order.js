// Sorts by count alone: the sort is stable, so equal counts stay in first-searched order.
function trendingTerms(searches, k) {
  const counts = new Map();
  for (const term of searches) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a)).slice(0, k);
}
