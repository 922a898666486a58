// Sorts by distance only, so stations at the same distance keep their input order.
function nearestStations(stations, k) {
  return [...stations].sort((a, b) => a[0] * a[0] + a[1] * a[1] - (b[0] * b[0] + b[1] * b[1])).slice(0, k);
}
