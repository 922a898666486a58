// Measures distance as |x| + |y| (blocks walked) instead of a straight line.
function nearestStations(stations, k) {
  return [...stations]
    .sort((a, b) => Math.abs(a[0]) + Math.abs(a[1]) - Math.abs(b[0]) - Math.abs(b[1]) || a[0] - b[0] || a[1] - b[1])
    .slice(0, k);
}
