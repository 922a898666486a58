// Bug: flattens every iterable element (checks Symbol.iterator), so strings are split into characters.
function flatten(array, depth = 1) {
  const out = [];
  const walk = (arr, left) => {
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue;
      const x = arr[i];
      if (x != null && typeof x[Symbol.iterator] === 'function' && left > 0) walk(x, left - 1);
      else out.push(x);
    }
  };
  walk(array, depth);
  return out;
}
