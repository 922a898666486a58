// Bug: passes only the first `arity` collected arguments to fn, dropping the extra ones.
function curry(fn, arity = fn.length) {
  const collect =
    (prev) =>
    (...args) => {
      const all = [...prev, ...args];
      if (all.length >= arity) return fn(...all.slice(0, arity));
      return collect(all);
    };
  return collect([]);
}
