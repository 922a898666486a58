// Bug: `gains[i - 1] || 1` guards the first index but also turns every 0 gain into 1.
function productOfOthers(gains) {
  const n = gains.length;
  const result = new Array(n);
  result[0] = 1;
  for (let i = 1; i < n; i++) result[i] = result[i - 1] * (gains[i - 1] || 1);
  let suffix = 1;
  for (let i = n - 1; i >= 0; i--) {
    result[i] *= suffix;
    suffix *= gains[i];
  }
  return result;
}
