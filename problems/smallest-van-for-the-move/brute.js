// Every way of cutting the row into at most `days` consecutive trips, by dynamic
// programming: best[t][i] is the smallest heaviest trip moving the first i crates in t
// trips. O(n² · days).
function smallestVan(crates, days) {
  const n = crates.length;
  const trips = Math.min(days, n);
  let best = Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : Infinity));
  let answer = Infinity;
  for (let t = 1; t <= trips; t++) {
    const next = Array.from({ length: n + 1 }, () => Infinity);
    for (let i = 1; i <= n; i++) {
      let load = 0;
      for (let j = i; j >= 1; j--) {
        load += crates[j - 1];
        next[i] = Math.min(next[i], Math.max(best[j - 1], load));
      }
    }
    best = next;
    answer = Math.min(answer, best[n]);
  }
  return answer;
}
