// Patience sorting with a linear search from the back of the pick ends instead of a binary
// search: fast on random readings, quadratic on a climb followed by low readings.
function longestRise(readings) {
  const lowestEnd = [];
  for (const reading of readings) {
    let at = lowestEnd.length;
    while (at > 0 && lowestEnd[at - 1] >= reading) at--;
    lowestEnd[at] = reading;
  }
  return lowestEnd.length;
}
