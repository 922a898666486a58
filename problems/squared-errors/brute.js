// Square everything, then sort numerically: O(n log n).
function squaredErrors(errors) {
  return errors.map((error) => error * error).sort((a, b) => a - b);
}
