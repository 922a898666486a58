/**
 * @param {[number, number][]} stations positions [x, y], the driver at [0, 0]
 * @param {number} k how many to return
 * @return {[number, number][]} the k nearest, nearest first, ties by smaller x then smaller y
 */
function nearestStations(stations, k) {
  // Your code here
}
