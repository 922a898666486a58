// Passes fn only the first `arity` arguments, dropping any extra ones.
function curry(fn, arity = fn.length) {
  const collect = (collected) =>
    function curried(...args) {
      const all = [...collected, ...args];
      return all.length >= arity ? fn(...all.slice(0, arity)) : collect(all);
    };
  return collect([]);
}
