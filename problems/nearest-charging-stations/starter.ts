/** The k stations nearest to [0, 0]: nearest first, ties by smaller x, then smaller y. */
function nearestStations(stations: [number, number][], k: number): [number, number][] {
  // Your code here
}
