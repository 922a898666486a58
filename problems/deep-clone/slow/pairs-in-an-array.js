// Right, but remembers the copies made so far as [original, copy] pairs in an array and
// searches it for every object: O(objects copied so far) per object, O(n²) in all.
function deepClone(value) {
  const pairs = [];

  const clone = (original) => {
    if (original === null || typeof original !== 'object') return original;
    const pair = pairs.find(([from]) => from === original);
    if (pair) return pair[1];
    let copy;
    if (original instanceof Date) copy = new Date(original.getTime());
    else if (original instanceof Map) copy = new Map();
    else if (original instanceof Set) copy = new Set();
    else if (Array.isArray(original)) copy = [];
    else copy = Object.create(Object.getPrototypeOf(original));
    pairs.push([original, copy]);
    if (original instanceof Map) for (const [k, v] of original) copy.set(clone(k), clone(v));
    else if (original instanceof Set) for (const m of original) copy.add(clone(m));
    else if (Array.isArray(original)) for (let i = 0; i < original.length; i++) copy[i] = clone(original[i]);
    else if (!(original instanceof Date)) for (const key of Object.keys(original)) copy[key] = clone(original[key]);
    return copy;
  };

  return clone(value);
}
