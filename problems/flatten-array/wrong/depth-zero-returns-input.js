// Returns the input itself when there is nothing to flatten, instead of a new array.
function flatten(array, depth = 1) {
  if (depth < 1) return array;
  const out = [];
  for (let i = 0; i < array.length; i++) {
    if (!(i in array)) continue;
    const item = array[i];
    if (Array.isArray(item)) out.push(...flatten(item, depth - 1));
    else out.push(item);
  }
  return out;
}
