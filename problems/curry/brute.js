// The bind trick: a partial is the same function with some arguments bound in front, so
// every call sees all the arguments so far.
function curry(fn, arity = fn.length) {
  return function curried(...args) {
    return args.length >= arity ? fn(...args) : curried.bind(null, ...args);
  };
}
