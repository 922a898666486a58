// Flattens everything, whatever the depth.
function flatten(array, depth = 1) {
  const out = [];
  for (let i = 0; i < array.length; i++) {
    if (!(i in array)) continue;
    if (Array.isArray(array[i])) out.push(...flatten(array[i]));
    else out.push(array[i]);
  }
  return out;
}
