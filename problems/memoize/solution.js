// A trie of Maps: the path of a call is its `this`, its argument count, then each argument,
// so every part is compared the way a Map compares keys (objects by identity, 1 and "1"
// apart, NaN with NaN). The node at the end remembers whether it holds a result, so results
// like 0 and undefined are cached too. With a resolver, one Map keyed by what it returns.
// O(k) per call for k arguments.
function memoize(fn, resolver) {
  if (resolver !== undefined) {
    const cache = new Map();
    return function memoized(...args) {
      const key = resolver.apply(this, args);
      if (cache.has(key)) return cache.get(key);
      const value = fn.apply(this, args);
      cache.set(key, value);
      return value;
    };
  }
  const root = { next: new Map(), done: false, value: undefined };
  return function memoized(...args) {
    let node = root;
    for (const part of [this, args.length, ...args]) {
      let child = node.next.get(part);
      if (child === undefined) {
        child = { next: new Map(), done: false, value: undefined };
        node.next.set(part, child);
      }
      node = child;
    }
    if (node.done) return node.value;
    const value = fn.apply(this, args);
    node.done = true;
    node.value = value;
    return value;
  };
}
