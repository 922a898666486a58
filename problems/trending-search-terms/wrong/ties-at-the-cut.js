// Keeps every term tied with the k-th one, so more than k terms come back on a tie at the cut.
function trendingTerms(searches, k) {
  const counts = new Map();
  for (const term of searches) counts.set(term, (counts.get(term) ?? 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const cut = counts.get(ranked[k - 1]);
  return ranked.filter((term, i) => i < k || counts.get(term) === cut);
}
