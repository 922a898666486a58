// Bug: defaults the arity with `arity || fn.length`, so an explicit arity of 0 is replaced by fn.length.
function curry(fn, arity) {
  const need = arity || fn.length;
  const collect =
    (prev) =>
    (...args) => {
      const all = prev.concat(args);
      if (all.length >= need) return fn(...all);
      return collect(all);
    };
  return collect([]);
}
