// The largest square is at one of the two ends (the most negative or the most positive
// error). Compare the ends, place the larger square at the back of the answer, and move
// that end inwards. O(n) time, O(n) for the answer.
function squaredErrors(errors) {
  const squares = new Array(errors.length);
  let left = 0;
  let right = errors.length - 1;
  for (let at = errors.length - 1; at >= 0; at--) {
    if (Math.abs(errors[left]) > Math.abs(errors[right])) {
      squares[at] = errors[left] * errors[left];
      left++;
    } else {
      squares[at] = errors[right] * errors[right];
      right--;
    }
  }
  return squares;
}
