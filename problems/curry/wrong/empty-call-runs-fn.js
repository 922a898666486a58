// Treats a call with no arguments as "call fn now with what we have".
function curry(fn, arity = fn.length) {
  const collect = (collected) =>
    function curried(...args) {
      const all = [...collected, ...args];
      return args.length === 0 || all.length >= arity ? fn(...all) : collect(all);
    };
  return collect([]);
}
