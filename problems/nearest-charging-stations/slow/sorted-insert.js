// Right, but keeps the best k in a sorted array, inserting each station at its place
// (found by binary search) with splice, which moves up to k entries: O(n · k).
function nearestStations(stations, k) {
  const key = ([x, y]) => [x * x + y * y, x, y];
  const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
  const best = [];
  for (const station of stations) {
    const entry = key(station);
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (less(best[mid], entry)) low = mid + 1;
      else high = mid;
    }
    if (low >= k) continue;
    best.splice(low, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map(([, x, y]) => [x, y]);
}
