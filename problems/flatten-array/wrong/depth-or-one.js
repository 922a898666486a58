// Bug: defaults the depth with `depth || 1`, so depth 0 flattens one level.
function flatten(array, depth) {
  const d = depth || 1;
  const out = [];
  const walk = (arr, left) => {
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue;
      const x = arr[i];
      if (Array.isArray(x) && left > 0) walk(x, left - 1);
      else out.push(x);
    }
  };
  walk(array, d);
  return out;
}
