// Bug: copies arrays kept below the depth with spread, which turns their holes into undefined.
function flatten(array, depth = 1) {
  const out = [];
  const walk = (arr, left) => {
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue;
      const x = arr[i];
      if (Array.isArray(x)) {
        if (left > 0) walk(x, left - 1);
        else out.push([...x]);
      } else out.push(x);
    }
  };
  walk(array, depth);
  return out;
}
