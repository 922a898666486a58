// Bug: cycle guard remembers only the left-hand object, so a shared object on the left compared with two different objects on the right is skipped the second time.
function deepEqual(a, b) {
  const seen = new Set();
  function eq(x, y) {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (x instanceof Map !== y instanceof Map || x instanceof Set !== y instanceof Set) return false;
    if (seen.has(x)) return true;
    seen.add(x);
    if (Array.isArray(x)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!eq(x[i], y[i])) return false;
      return true;
    }
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
