// Bug: a call with no arguments just returns the same function, so with arity 0 fn is never called.
function curry(fn, arity = fn.length) {
  const collect = (prev) => {
    const curried = (...args) => {
      if (args.length === 0) return curried;
      const all = [...prev, ...args];
      if (all.length >= arity) return fn(...all);
      return collect(all);
    };
    return curried;
  };
  return collect([]);
}
