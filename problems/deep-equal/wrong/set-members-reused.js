// Checks that every Set member has some equal member on the other side, without using
// each member only once: {[1], [1]} and {[1], [2]} come out equal.
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
      if (x instanceof Set) return x.size === y.size && [...x].every((m) => [...y].some((u) => equal(m, u)));
      const keys = Object.keys(x);
      return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && equal(x[k], y[k]));
    } finally {
      comparing.pop();
    }
  };
  return equal(a, b);
}
