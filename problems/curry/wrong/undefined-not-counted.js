// Bug: counts only the arguments that are not undefined, so undefined is treated as "no argument yet".
function curry(fn, arity = fn.length) {
  const collect =
    (prev) =>
    (...args) => {
      const all = [...prev, ...args];
      if (all.filter((a) => a !== undefined).length >= arity) return fn(...all);
      return collect(all);
    };
  return collect([]);
}
