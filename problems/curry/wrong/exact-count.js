// Calls fn only when exactly `arity` arguments are collected: a call that goes past the
// arity returns yet another function instead of a result.
function curry(fn, arity = fn.length) {
  const collect = (collected) =>
    function curried(...args) {
      const all = [...collected, ...args];
      return all.length === arity ? fn(...all) : collect(all);
    };
  return collect([]);
}
