// Right, but gives each object an id by its position in a list of objects seen so far
// (indexOf over every object ever passed), then caches by a string key: O(objects seen)
// per call.
function memoize(fn, resolver) {
  const objects = [];
  const idOf = (value) => {
    if ((value === null || typeof value !== 'object') && typeof value !== 'function') {
      return `${typeof value}:${String(value)}`;
    }
    let at = objects.indexOf(value);
    if (at < 0) {
      at = objects.length;
      objects.push(value);
    }
    return `object:${at}`;
  };
  const cache = new Map();
  return function memoized(...args) {
    const key =
      resolver === undefined ? JSON.stringify([idOf(this), ...args.map(idOf)]) : idOf(resolver.apply(this, args));
    if (cache.has(key)) return cache.get(key);
    const value = fn.apply(this, args);
    cache.set(key, value);
    return value;
  };
}
