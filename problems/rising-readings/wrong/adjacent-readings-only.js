// Finds the longest run of consecutive rising readings: it never skips a reading.
function longestRise(readings) {
  if (readings.length === 0) return 0;
  let longest = 1;
  let run = 1;
  for (let i = 1; i < readings.length; i++) {
    run = readings[i] > readings[i - 1] ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest;
}
