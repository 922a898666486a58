// Right, but copies the whole result for every element (concat makes a new array each
// time): O(n²).
function flatten(array, depth = 1) {
  let out = [];
  for (let i = 0; i < array.length; i++) {
    if (!(i in array)) continue;
    const item = array[i];
    out = out.concat(Array.isArray(item) && depth > 0 ? flatten(item, depth - 1) : [item]);
  }
  return out;
}
