// Bug: greedily keeps every reading higher than the last kept one, starting from the first reading.
function longestRise(readings) {
  if (readings.length === 0) return 0;
  let count = 1;
  let last = readings[0];
  for (let i = 1; i < readings.length; i++) {
    if (readings[i] > last) {
      count++;
      last = readings[i];
    }
  }
  return count;
}
