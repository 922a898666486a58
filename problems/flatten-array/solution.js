// Walk the array once, copying elements into one output; an element that is an array is
// walked the same way while depth remains. `i in array` skips holes, as flat() does, in
// every array that is flattened (the top level included). O(n) for n elements visited.
function flatten(array, depth = 1) {
  const out = [];
  const walk = (items, remaining) => {
    for (let i = 0; i < items.length; i++) {
      if (!(i in items)) continue;
      const item = items[i];
      if (Array.isArray(item) && remaining > 0) walk(item, remaining - 1);
      else out.push(item);
    }
  };
  walk(array, depth);
  return out;
}
