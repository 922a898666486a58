// Collects arguments into one array shared by every partial: reusing a partial, or
// calling the curried function again, sees arguments from earlier calls.
function curry(fn, arity = fn.length) {
  const collected = [];
  return function curried(...args) {
    collected.push(...args);
    return collected.length >= arity ? fn(...collected) : curried;
  };
}
