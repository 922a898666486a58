// Bug: iterates with for...of, which reads holes as undefined instead of skipping them.
function flatten(array, depth = 1) {
  const out = [];
  const walk = (arr, left) => {
    for (const x of arr) {
      if (Array.isArray(x) && left > 0) walk(x, left - 1);
      else out.push(x);
    }
  };
  walk(array, depth);
  return out;
}
