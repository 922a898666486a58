// Uses fn.call(this, args) where fn.apply(this, args) was meant: fn gets the argument list
// as one array argument.
function once(fn) {
  let called = false;
  let result;
  return function (...args) {
    if (called) return result;
    called = true;
    result = fn.call(this, args);
    return result;
  };
}
