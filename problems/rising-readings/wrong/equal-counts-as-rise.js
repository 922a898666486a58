// The binary search looks for the first end strictly above the reading, so an equal
// reading extends the pick: it finds the longest non-decreasing pick instead.
function longestRise(readings) {
  const lowestEnd = [];
  for (const reading of readings) {
    let lo = 0;
    let hi = lowestEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lowestEnd[mid] <= reading) lo = mid + 1;
      else hi = mid;
    }
    lowestEnd[lo] = reading;
  }
  return lowestEnd.length;
}
