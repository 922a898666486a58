// Right for values without cycles, but recurses forever on a cycle (stack overflow).
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Map !== b instanceof Map || a instanceof Set !== b instanceof Set) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (a instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k)));
  if (a instanceof Set) {
    if (a.size !== b.size) return false;
    const unused = [...b];
    for (const m of a) {
      const at = unused.findIndex((u) => deepEqual(m, u));
      if (at < 0) return false;
      unused.splice(at, 1);
    }
    return true;
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}
