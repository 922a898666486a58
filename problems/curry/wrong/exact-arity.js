// Bug: calls fn only when exactly `arity` arguments are collected, so overshooting the arity never calls it.
function curry(fn, arity = fn.length) {
  const collect =
    (prev) =>
    (...args) => {
      const all = [...prev, ...args];
      if (all.length === arity) return fn(...all);
      return collect(all);
    };
  return collect([]);
}
