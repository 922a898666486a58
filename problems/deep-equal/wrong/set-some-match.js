// Bug: Sets are equal when sizes match and every member has SOME equal member on the other side (not a different one each).
function deepEqual(a, b) {
  const seen = new Map();
  function eq(x, y) {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    let partners = seen.get(x);
    if (partners?.has(y)) return true;
    if (!partners) {
      partners = new Set();
      seen.set(x, partners);
    }
    partners.add(y);
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (x instanceof Map !== y instanceof Map || x instanceof Set !== y instanceof Set) return false;
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
      for (const m of x) if (![...y].some((n) => eq(m, n))) return false;
      for (const n of y) if (![...x].some((m) => eq(m, n))) return false;
      return true;
    }
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (const k of kx) if (!Object.hasOwn(y, k) || !eq(x[k], y[k])) return false;
    return true;
  }
  return eq(a, b);
}
