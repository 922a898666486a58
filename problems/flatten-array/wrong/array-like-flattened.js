// Bug: flattens anything with a numeric length (array-likes), not only real arrays.
function flatten(array, depth = 1) {
  const out = [];
  const walk = (arr, left) => {
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue;
      const x = arr[i];
      if (x !== null && typeof x === 'object' && typeof x.length === 'number' && left > 0) walk(x, left - 1);
      else out.push(x);
    }
  };
  walk(array, depth);
  return out;
}
