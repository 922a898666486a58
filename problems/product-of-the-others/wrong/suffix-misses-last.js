// Bug: the suffix pass runs while i > 0, so slot 0 never gets the product of the gains after it.
function productOfOthers(gains) {
  const n = gains.length;
  const result = new Array(n).fill(1);
  for (let i = 1; i < n; i++) result[i] = result[i - 1] * gains[i - 1];
  let suffix = gains[n - 1];
  for (let i = n - 2; i > 0; i--) {
    result[i] *= suffix;
    suffix *= gains[i];
  }
  return result;
}
