// result[i] = (product of everything left of i) · (product of everything right of i).
// A first pass writes the left products into the result; a second pass, from the right,
// multiplies in a running right product. O(n) time, O(1) space besides the result.
function productOfOthers(gains) {
  const n = gains.length;
  const result = new Array(n);
  let left = 1;
  for (let i = 0; i < n; i++) {
    result[i] = left;
    left *= gains[i];
  }
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    result[i] *= right;
    right *= gains[i];
  }
  return result;
}
