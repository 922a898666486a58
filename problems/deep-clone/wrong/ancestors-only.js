// Remembers only the objects on the current path (forgets each once its copy is done):
// cycles work, but an object reached twice from different places is copied twice.
function deepClone(value) {
  const inProgress = new Map();

  const clone = (original) => {
    if (original === null || typeof original !== 'object') return original;
    if (inProgress.has(original)) return inProgress.get(original);
    let copy;
    if (original instanceof Date) return new Date(original.getTime());
    if (original instanceof Map) copy = new Map();
    else if (original instanceof Set) copy = new Set();
    else if (Array.isArray(original)) copy = [];
    else copy = Object.create(Object.getPrototypeOf(original));
    inProgress.set(original, copy);
    if (original instanceof Map) for (const [k, v] of original) copy.set(clone(k), clone(v));
    else if (original instanceof Set) for (const m of original) copy.add(clone(m));
    else if (Array.isArray(original)) for (let i = 0; i < original.length; i++) copy[i] = clone(original[i]);
    else for (const key of Object.keys(original)) copy[key] = clone(original[key]);
    inProgress.delete(original);
    return copy;
  };

  return clone(value);
}
