// Sort every station by (squared distance, x, y) and keep the first k.
function nearestStations(stations, k) {
  return stations
    .map(([x, y]) => [x, y])
    .sort((a, b) => a[0] * a[0] + a[1] * a[1] - (b[0] * b[0] + b[1] * b[1]) || a[0] - b[0] || a[1] - b[1])
    .slice(0, k);
}
