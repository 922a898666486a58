// Fills the answer from the front with the smaller end, but the ends hold the largest squares, not the smallest.
function squaredErrors(errors) {
  const squares = [];
  let left = 0;
  let right = errors.length - 1;
  while (left <= right) {
    if (Math.abs(errors[left]) < Math.abs(errors[right])) {
      squares.push(errors[left] * errors[left]);
      left++;
    } else {
      squares.push(errors[right] * errors[right]);
      right--;
    }
  }
  return squares;
}
