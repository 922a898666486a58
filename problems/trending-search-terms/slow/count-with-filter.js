// Right, but counts each distinct term with a filter over the whole log: O(n·m).
function trendingTerms(searches, k) {
  const distinct = [...new Set(searches)];
  const counts = new Map(distinct.map((term) => [term, searches.filter((s) => s === term).length]));
  distinct.sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  return distinct.slice(0, k);
}
