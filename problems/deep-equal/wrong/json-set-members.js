// Bug: compares Sets by sorted JSON.stringify of their members, which maps undefined and NaN to null, -0 to 0, and every Map or Set to {}.
function deepEqual(a, b) {
  const seen = new Map();
  function eq(x, y) {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (seen.get(x)?.has(y)) return true;
    if (!seen.has(x)) seen.set(x, new Set());
    seen.get(x).add(y);
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
      const key = (s) =>
        [...s]
          .map((m) => {
            try {
              return JSON.stringify(m) ?? String(m);
            } catch {
              return '[cycle]';
            }
          })
          .sort()
          .join('|');
      return key(x) === key(y);
    }
    const kx = Object.keys(x);
    if (kx.length !== Object.keys(y).length) return false;
    for (const k of kx) if (!Object.hasOwn(y, k) || !eq(x[k], y[k])) return false;
    return true;
  }
  return eq(a, b);
}
