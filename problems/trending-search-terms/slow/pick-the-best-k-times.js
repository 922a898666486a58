// Right, but finds the next best term with a scan over all distinct terms, k times: O(k·m).
function trendingTerms(searches, k) {
  const counts = new Map();
  for (const term of searches) counts.set(term, (counts.get(term) ?? 0) + 1);
  const entries = [...counts];
  const taken = new Array(entries.length).fill(false);
  const result = [];
  for (let round = 0; round < k; round++) {
    let best = -1;
    for (let i = 0; i < entries.length; i++) {
      if (taken[i]) continue;
      if (
        best === -1 ||
        entries[i][1] > entries[best][1] ||
        (entries[i][1] === entries[best][1] && entries[i][0] < entries[best][0])
      )
        best = i;
    }
    taken[best] = true;
    result.push(entries[best][0]);
  }
  return result;
}
