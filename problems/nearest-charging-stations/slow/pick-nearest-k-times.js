// Right, but picks the nearest remaining station k times, scanning all of them each time:
// O(n · k), quadratic when k is a good share of n.
function nearestStations(stations, k) {
  const taken = new Array(stations.length).fill(false);
  const before = (a, b) => {
    const da = a[0] * a[0] + a[1] * a[1];
    const db = b[0] * b[0] + b[1] * b[1];
    if (da !== db) return da < db;
    if (a[0] !== b[0]) return a[0] < b[0];
    return a[1] < b[1];
  };
  const result = [];
  for (let round = 0; round < k; round++) {
    let best = -1;
    for (let i = 0; i < stations.length; i++) {
      if (!taken[i] && (best === -1 || before(stations[i], stations[best]))) best = i;
    }
    taken[best] = true;
    result.push([stations[best][0], stations[best][1]]);
  }
  return result;
}
