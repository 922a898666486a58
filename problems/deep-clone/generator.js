/**
 * A value of about `size` nodes and what the driver adds to it. The top level is an array,
 * object or Map that holds values until `size` nodes are made (so the work grows with
 * size); below it, arrays, objects, Maps (string keys, and now and then an object key) and
 * Sets hold 1 to 3 values each, down to 7 levels. Leaves are primitives (NaN, -0 and
 * undefined among them) or specials: Dates, Points, Tags and objects without a prototype.
 * Links then add references under new keys of objects and Maps: to the object itself or
 * one on the way to it (a cycle), or to a container at depth 6, which holds only leaves (a
 * shared reference). So following links never goes deeper than the value itself. Up to
 * size 10 there are 0 to 2 links; from 16 up, one per 5 nodes.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const primitives = [0, -0, 1, -5, 3.5, Number.NaN, 'a', '', true, false, null, undefined];
  const specials = [];
  const deepest = []; // paths of arrays, objects and Maps at depth 6, which hold only leaves
  const holders = []; // paths of objects and Maps above depth 6, which links may add keys to
  let budget = size;

  const leaf = (path) => {
    const roll = random();
    if (roll < 0.06) specials.push(['date', path, int(2_000_000_000_000)]);
    else if (roll < 0.1) specials.push(['point', path, int(11) - 5, int(11) - 5]);
    else if (roll < 0.12) specials.push(['tag', path, pick(['red', 'blue'])]);
    else if (roll < 0.14) specials.push(['bare', path, [['k', int(5)]]]);
    else return pick(primitives);
    return null;
  };

  const container = (kind, count, path, depth) => {
    if (path.length === 6) deepest.push(path);
    if (kind === 'array') return Array.from({ length: count }, (_, i) => value(depth + 1, [...path, i]));
    if (path.length < 6) holders.push(path);
    if (kind === 'object') {
      const object = {};
      for (let i = 0; i < count; i++) object[`k${i}`] = value(depth + 1, [...path, `k${i}`]);
      return object;
    }
    const map = new Map();
    for (let i = 0; i < count; i++) map.set(`m${i}`, value(depth + 1, [...path, `m${i}`]));
    if (random() < 0.3) map.set({ key: int(5) }, pick(primitives));
    return map;
  };

  const value = (depth, path) => {
    budget -= 1;
    if (depth > 6 || budget <= 0 || random() < 0.3) return leaf(path);
    const kind = pick(['array', 'object', 'map', 'set']);
    const count = 1 + int(3);
    if (kind !== 'set') return container(kind, count, path, depth);
    return new Set(Array.from({ length: count }, () => (random() < 0.7 ? pick(primitives) : [int(5)])));
  };

  const topKind = pick(['array', 'object', 'map']);
  budget -= 1;
  let root;
  if (topKind === 'array') {
    root = [];
    do root.push(value(1, [root.length]));
    while (budget > 0);
  } else {
    holders.push([]);
    const entries = [];
    do entries.push(value(1, [topKind === 'object' ? `k${entries.length}` : `m${entries.length}`]));
    while (budget > 0);
    if (topKind === 'object') root = Object.fromEntries(entries.map((v, i) => [`k${i}`, v]));
    else root = new Map(entries.map((v, i) => [`m${i}`, v]));
  }

  const links = [];
  const linkCount = size <= 10 ? int(3) : Math.floor(size / 5);
  for (let i = 0; i < linkCount && holders.length > 0; i++) {
    const holder = pick(holders);
    const target = deepest.length > 0 && random() < 0.5 ? pick(deepest) : holder.slice(0, int(holder.length + 1));
    links.push([[...holder, `link${i}`], target]);
  }
  // From 16 up, a list at a new index or key of the root that refers `size` times to objects
  // already in the value: finding an object's copy again is as frequent as copying one.
  if (size > 10 && holders.length > 0) {
    const all = [...holders, ...deepest];
    specials.push([
      'refs',
      [Array.isArray(root) ? root.length : 'index'],
      Array.from({ length: size }, () => pick(all)),
    ]);
  }
  return [root, specials, links];
}
