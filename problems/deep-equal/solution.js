// Recursive comparison by kind (primitive, array, plain object, Map, Set). Cycles: a pair
// (x, y) met again while it is still being compared further up is taken as equal — if
// they differed, some finite path from this pair would show it, and that path is being
// checked anyway. Set members are paired greedily with distinct equal members: deep
// equality is an equivalence, so greedy pairing finds a matching whenever one exists.
function deepEqual(a, b) {
  const comparing = new Map(); // x -> Set of the y it is being compared with, up the stack

  const kindOf = (value) => {
    if (Array.isArray(value)) return 'array';
    if (value instanceof Map) return 'map';
    if (value instanceof Set) return 'set';
    return 'object';
  };

  const equal = (x, y) => {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    const kind = kindOf(x);
    if (kind !== kindOf(y)) return false;
    if (comparing.get(x)?.has(y)) return true;
    if (!comparing.has(x)) comparing.set(x, new Set());
    comparing.get(x).add(y);
    try {
      return compare(kind, x, y);
    } finally {
      comparing.get(x).delete(y);
    }
  };

  const compare = (kind, x, y) => {
    if (kind === 'array') {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!equal(x[i], y[i])) return false;
      return true;
    }
    if (kind === 'map') {
      if (x.size !== y.size) return false;
      for (const [key, value] of x) if (!y.has(key) || !equal(value, y.get(key))) return false;
      return true;
    }
    if (kind === 'set') {
      if (x.size !== y.size) return false;
      const unused = [...y];
      for (const member of x) {
        const match = unused.findIndex((candidate) => equal(member, candidate));
        if (match < 0) return false;
        unused.splice(match, 1);
      }
      return true;
    }
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) if (!Object.hasOwn(y, key) || !equal(x[key], y[key])) return false;
    return true;
  };

  return equal(a, b);
}
