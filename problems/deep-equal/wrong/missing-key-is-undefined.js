// Compares the values under the left side's keys (and the key counts), but never checks
// that the right side has each key: { a: undefined } equals { c: undefined }.
function deepEqual(a, b) {
  const comparing = [];
  const kindOf = (v) => (Array.isArray(v) ? 'array' : v instanceof Map ? 'map' : v instanceof Set ? 'set' : 'object');
  const equal = (x, y) => {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (kindOf(x) !== kindOf(y)) return false;
    if (comparing.some(([p, q]) => p === x && q === y)) return true;
    comparing.push([x, y]);
    try {
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
      return keys.length === Object.keys(y).length && keys.every((k) => equal(x[k], y[k]));
    } finally {
      comparing.pop();
    }
  };
  return equal(a, b);
}
