// Recursive copy by kind, with a Map from each original object to its copy. The copy is
// registered before its contents are copied, so a cycle back to it finds the copy, and an
// object reached twice is copied once. Plain objects and class instances keep their
// prototype; Map keys are copied like values. O(n) for n objects and values.
function deepClone(value) {
  const copies = new Map();

  const clone = (original) => {
    if (original === null || typeof original !== 'object') return original;
    if (copies.has(original)) return copies.get(original);
    if (original instanceof Date) {
      const copy = new Date(original.getTime());
      copies.set(original, copy);
      return copy;
    }
    if (original instanceof Map) {
      const copy = new Map();
      copies.set(original, copy);
      for (const [key, item] of original) copy.set(clone(key), clone(item));
      return copy;
    }
    if (original instanceof Set) {
      const copy = new Set();
      copies.set(original, copy);
      for (const member of original) copy.add(clone(member));
      return copy;
    }
    if (Array.isArray(original)) {
      const copy = [];
      copies.set(original, copy);
      for (let i = 0; i < original.length; i++) copy[i] = clone(original[i]);
      return copy;
    }
    const copy = Object.create(Object.getPrototypeOf(original));
    copies.set(original, copy);
    for (const key of Object.keys(original)) copy[key] = clone(original[key]);
    return copy;
  };

  return clone(value);
}
