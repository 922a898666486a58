// Every call made so far in a list, compared part by part: O(calls so far) per call.
function memoize(fn, resolver) {
  const same = (a, b) => a === b || (Number.isNaN(a) && Number.isNaN(b)); // as a Map compares keys
  const seen = [];
  return function memoized(...args) {
    const key = resolver === undefined ? [this, ...args] : [resolver.apply(this, args)];
    for (const entry of seen) {
      if (entry.key.length === key.length && entry.key.every((part, i) => same(part, key[i]))) return entry.value;
    }
    const value = fn.apply(this, args);
    seen.push({ key, value });
    return value;
  };
}
