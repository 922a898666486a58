// lowestEnd[k] is the lowest reading a rising pick of k + 1 readings can end on so far; it
// is strictly increasing, so each reading finds by binary search the first end that is
// not below it and replaces it (or extends the list when every end is below it).
// O(n log n) time, O(n) space.
function longestRise(readings) {
  const lowestEnd = [];
  for (const reading of readings) {
    let lo = 0;
    let hi = lowestEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lowestEnd[mid] < reading) lo = mid + 1;
      else hi = mid;
    }
    lowestEnd[lo] = reading;
  }
  return lowestEnd.length;
}
