// Count each distinct term by scanning the whole log, sort all of them by the two keys,
// keep the first k: O(n·m + m log m).
function trendingTerms(searches, k) {
  const distinct = [];
  for (const term of searches) if (!distinct.includes(term)) distinct.push(term);
  const count = (term) => searches.filter((s) => s === term).length;
  const ranked = distinct.map((term) => ({ term, times: count(term) }));
  ranked.sort((a, b) => {
    if (a.times !== b.times) return b.times - a.times;
    return a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
  });
  return ranked.slice(0, k).map((r) => r.term);
}
