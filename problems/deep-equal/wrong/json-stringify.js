// Compares JSON texts: key order matters, NaN and Infinity become null, undefined values
// vanish, Maps and Sets become {}, and a cycle throws.
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
