// Passes `this` on to fn but leaves it out of the key: a call on one object is answered
// with the result computed for another.
function memoize(fn, resolver) {
  const root = { next: new Map(), done: false };
  const keyed = new Map();
  return function memoized(...args) {
    if (resolver) {
      const key = resolver.apply(this, args);
      if (!keyed.has(key)) keyed.set(key, fn.apply(this, args));
      return keyed.get(key);
    }
    let node = root;
    for (const part of [args.length, ...args]) {
      if (!node.next.has(part)) node.next.set(part, { next: new Map(), done: false });
      node = node.next.get(part);
    }
    if (!node.done) {
      node.value = fn.apply(this, args);
      node.done = true;
    }
    return node.value;
  };
}
