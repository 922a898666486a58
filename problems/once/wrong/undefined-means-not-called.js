// Uses the result itself as the "already called" flag: when fn returns undefined, it is
// called again and again.
function once(fn) {
  let result;
  return function (...args) {
    if (result === undefined) result = fn.apply(this, args);
    return result;
  };
}
