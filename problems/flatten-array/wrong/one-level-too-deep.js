// Counts levels from the wrong end: an array is flattened while depth >= 0, one level more
// than asked (depth 0 flattens one level, depth 1 two).
function flatten(array, depth = 1) {
  const out = [];
  for (let i = 0; i < array.length; i++) {
    if (!(i in array)) continue;
    const item = array[i];
    if (Array.isArray(item) && depth >= 0) out.push(...flatten(item, depth - 1));
    else out.push(item);
  }
  return out;
}
