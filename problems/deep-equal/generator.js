/**
 * Two values without cycles: a random value of about `size` nodes (numbers with NaN, 0 and
 * -0 among them, strings, booleans, null, undefined, bigints, arrays, objects, Maps with
 * primitive keys, Sets), and a copy of it with object keys, Map entries and Set members in
 * another order — changed in one small place about half the time. The top level is an array,
 * object or Map that holds values until `size` nodes are made (so the work of comparing grows
 * with size); below it, containers hold 1 to 4 values, so Sets stay small.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const { a, b, change } = pairOf(size, random);
  return [a, random() < 0.5 ? b : change(b), []];
}

/**
 * The worst case of comparing: the value and its reordered copy, unchanged, so no difference
 * lets the comparison stop early.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const { a, b } = pairOf(size, random);
  return [a, b, []];
}

/** A random value, its copy in another order, and how to change a copy in one small place. */
function pairOf(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const primitives = [0, -0, 1, 2, Number.NaN, 'a', 'b', '1', '', true, false, null, undefined, 1n, 2n];
  const keys = ['a', 'b', 'c', 'd', 'x', 'y'];
  let budget = size;

  const value = (depth) => {
    budget -= 1;
    if (depth > 0 && (depth > 4 || budget <= 0 || random() < 0.35)) return pick(primitives);
    const count = 1 + int(4);
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

  /** The top level: values until the budget is spent, under distinct keys. */
  const top = () => {
    budget -= 1;
    const kind = int(4);
    const values = [];
    do values.push(value(1));
    while (budget > 0);
    if (kind <= 1) return values;
    if (kind === 2) return Object.fromEntries(values.map((v, i) => [`${pick(keys)}${i}`, v]));
    return new Map(values.map((v, i) => [random() < 0.5 ? i : `k${i}`, v]));
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

  const a = top();
  return { a, b: copy(a), change };
}
