// Copies Maps and Sets with new Map(original) and new Set(original): the containers are
// new, but the objects inside are the original's.
function deepClone(value) {
  const copies = new Map();

  const clone = (original) => {
    if (original === null || typeof original !== 'object') return original;
    if (copies.has(original)) return copies.get(original);
    let copy;
    if (original instanceof Date) copy = new Date(original.getTime());
    else if (original instanceof Map) copy = new Map(original);
    else if (original instanceof Set) copy = new Set(original);
    else if (Array.isArray(original)) copy = [];
    else copy = Object.create(Object.getPrototypeOf(original));
    copies.set(original, copy);
    if (Array.isArray(original)) for (let i = 0; i < original.length; i++) copy[i] = clone(original[i]);
    else if (!(original instanceof Date || original instanceof Map || original instanceof Set)) {
      for (const key of Object.keys(original)) copy[key] = clone(original[key]);
    }
    return copy;
  };

  return clone(value);
}
