// Each partial application is a closure over its own, never mutated, list of arguments;
// a call adds to a copy, so partials can be reused and branch freely. Once enough
// arguments are collected, fn gets all of them (extras too).
function curry(fn, arity = fn.length) {
  const collect = (collected) =>
    function curried(...args) {
      const all = [...collected, ...args];
      return all.length >= arity ? fn(...all) : collect(all);
    };
  return collect([]);
}
