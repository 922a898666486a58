/**
 * Two values without cycles: a random value of roughly `size` nodes (numbers with NaN, 0 and
 * -0 among them, strings, booleans, null, undefined, bigints, arrays, objects, Maps with
 * primitive keys, Sets), and a copy of it with object keys, Map entries and Set members in
 * another order — changed in one small place about half the time.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const primitives = [0, -0, 1, 2, Number.NaN, 'a', 'b', '1', '', true, false, null, undefined, 1n, 2n];
  const keys = ['a', 'b', 'c', 'd', 'x', 'y'];
  let budget = size;

  const value = (depth) => {
    budget -= 1;
    if (depth > 0 && (depth > 4 || budget <= 0 || random() < 0.35)) return pick(primitives);
    const count = 1 + int(depth === 0 ? Math.max(4, size / 8) : 4);
    const kind = int(5);
    if (kind <= 1) return Array.from({ length: count }, () => value(depth + 1));
    if (kind === 2) {
      const object = {};
      for (let i = 0; i < count; i++) object[pick(keys)] = value(depth + 1);
      return object;
    }
    if (kind === 3) return new Map(Array.from({ length: count }, () => [pick(['k', 'l', 1, 2]), value(depth + 1)]));
    return new Set(Array.from({ length: count }, () => (random() < 0.5 ? pick(primitives) : value(depth + 1))));
  };

  const shuffle = (items) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };

  const copy = (v) => {
    if (Array.isArray(v)) return v.map(copy);
    if (v instanceof Map) return new Map(shuffle([...v].map(([k, x]) => [k, copy(x)])));
    if (v instanceof Set) return new Set(shuffle([...v].map(copy)));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(shuffle(Object.entries(v)).map(([k, x]) => [k, copy(x)]));
    }
    return v;
  };

  // Changes one node of the copy: a different primitive, a new or missing key or element.
  const change = (v) => {
    if (Array.isArray(v) && v.length > 0) {
      const i = int(v.length);
      if (random() < 0.3) return random() < 0.5 ? v.slice(0, i) : [...v, pick(primitives)];
      return v.map((x, j) => (j === i ? change(x) : x));
    }
    if (v instanceof Map && v.size > 0) {
      const entries = [...v];
      const i = int(entries.length);
      return new Map(entries.map(([k, x], j) => [k, j === i ? change(x) : x]));
    }
    if (v instanceof Set) return new Set([...v, `new${int(1000)}`]);
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length === 0 || random() < 0.3) return { ...v, z: pick(primitives) };
      const i = int(entries.length);
      return Object.fromEntries(entries.map(([k, x], j) => [k, j === i ? change(x) : x]));
    }
    const other = pick(primitives);
    return Object.is(other, v) ? [v] : other;
  };

  const a = value(0);
  const b = copy(a);
  return [a, random() < 0.5 ? b : change(b), []];
}
