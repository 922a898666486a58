// Guards against cycles with a set of objects already visited on the left side, and
// calls any revisit equal: an object reached twice without a cycle (a shared reference)
// is then never compared the second time.
function deepEqual(a, b) {
  const seen = new Set();
  const equal = (x, y) => {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (x instanceof Map !== y instanceof Map || x instanceof Set !== y instanceof Set) return false;
    if (seen.has(x)) return true;
    seen.add(x);
    if (Array.isArray(x)) return x.length === y.length && x.every((item, i) => equal(item, y[i]));
    if (x instanceof Map) return x.size === y.size && [...x].every(([k, v]) => y.has(k) && equal(v, y.get(k)));
    if (x instanceof Set) {
      if (x.size !== y.size) return false;
      const unused = [...y];
      for (const m of x) {
        const at = unused.findIndex((u) => equal(m, u));
        if (at < 0) return false;
        unused.splice(at, 1);
      }
      return true;
    }
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && equal(x[k], y[k]));
  };
  return equal(a, b);
}
