// Handles arrays, Maps and Sets, and treats everything else as a plain object: a Date is
// copied as an object with a Date prototype but no time in it.
function deepClone(value) {
  const copies = new Map();

  const clone = (original) => {
    if (original === null || typeof original !== 'object') return original;
    if (copies.has(original)) return copies.get(original);
    let copy;
    if (original instanceof Map) copy = new Map();
    else if (original instanceof Set) copy = new Set();
    else if (Array.isArray(original)) copy = [];
    else copy = Object.create(Object.getPrototypeOf(original));
    copies.set(original, copy);
    if (original instanceof Map) for (const [k, v] of original) copy.set(clone(k), clone(v));
    else if (original instanceof Set) for (const m of original) copy.add(clone(m));
    else if (Array.isArray(original)) for (let i = 0; i < original.length; i++) copy[i] = clone(original[i]);
    else for (const key of Object.keys(original)) copy[key] = clone(original[key]);
    return copy;
  };

  return clone(value);
}
