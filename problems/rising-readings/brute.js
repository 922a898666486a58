// Tries every pick: each reading is either skipped or, if it rises above the last one
// taken, taken. Exponential.
function longestRise(readings) {
  function best(index, last) {
    if (index === readings.length) return 0;
    const skip = best(index + 1, last);
    if (readings[index] <= last) return skip;
    return Math.max(skip, 1 + best(index + 1, readings[index]));
  }
  return best(0, -Infinity);
}
