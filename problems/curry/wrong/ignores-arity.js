// Always uses fn.length, even when an arity is given.
function curry(fn) {
  const collect = (collected) =>
    function curried(...args) {
      const all = [...collected, ...args];
      return all.length >= fn.length ? fn(...all) : collect(all);
    };
  return collect([]);
}
