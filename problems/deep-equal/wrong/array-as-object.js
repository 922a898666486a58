// Bug: treats arrays as plain objects (compares keys), so [1, 2] equals { 0: 1, 1: 2 }.
function deepEqual(a, b) {
  const seen = new Map();
  function eq(x, y) {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (seen.get(x)?.has(y)) return true;
    if (!seen.has(x)) seen.set(x, new Set());
    seen.get(x).add(y);
    if (x instanceof Map !== y instanceof Map || x instanceof Set !== y instanceof Set) return false;
    if (x instanceof Map) {
      if (x.size !== y.size) return false;
      for (const [k, v] of x) if (!y.has(k) || !eq(v, y.get(k))) return false;
      return true;
    }
    if (x instanceof Set) {
      if (x.size !== y.size) return false;
      const used = new Set();
      for (const m of x) {
        let found = false;
        for (const n of y) {
          if (!used.has(n) && eq(m, n)) {
            used.add(n);
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      return true;
    }
    const kx = Object.keys(x);
    if (kx.length !== Object.keys(y).length) return false;
    for (const k of kx) if (!Object.hasOwn(y, k) || !eq(x[k], y[k])) return false;
    return true;
  }
  return eq(a, b);
}
