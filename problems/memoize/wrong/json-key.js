// Keys the cache by JSON.stringify(args): two different objects with the same contents
// share a result, undefined and NaN both become null, and `this` is ignored.
function memoize(fn, resolver) {
  const cache = new Map();
  return function memoized(...args) {
    const key = resolver ? resolver.apply(this, args) : JSON.stringify(args);
    if (cache.has(key)) return cache.get(key);
    const value = fn.apply(this, args);
    cache.set(key, value);
    return value;
  };
}
