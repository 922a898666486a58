// Looks the result up with `if (cached)`, so results like 0, "" and undefined are never
// served from the cache and fn runs again.
function memoize(fn, resolver) {
  const root = { next: new Map() };
  const keyed = new Map();
  return function memoized(...args) {
    if (resolver) {
      const key = resolver.apply(this, args);
      const cached = keyed.get(key);
      if (cached) return cached;
      const value = fn.apply(this, args);
      keyed.set(key, value);
      return value;
    }
    let node = root;
    for (const part of [this, args.length, ...args]) {
      if (!node.next.has(part)) node.next.set(part, { next: new Map() });
      node = node.next.get(part);
    }
    if (node.value) return node.value;
    node.value = fn.apply(this, args);
    return node.value;
  };
}
