// Returns an arrow function and calls fn(...args) and resolver(...args) directly, so
// neither ever sees the `this` the memoized function was called with.
function memoize(fn, resolver) {
  const root = { next: new Map(), done: false };
  const keyed = new Map();
  return (...args) => {
    if (resolver) {
      const key = resolver(...args);
      if (!keyed.has(key)) keyed.set(key, fn(...args));
      return keyed.get(key);
    }
    let node = root;
    for (const part of [args.length, ...args]) {
      if (!node.next.has(part)) node.next.set(part, { next: new Map(), done: false });
      node = node.next.get(part);
    }
    if (!node.done) {
      node.value = fn(...args);
      node.done = true;
    }
    return node.value;
  };
}
