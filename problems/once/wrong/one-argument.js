// Declares the wrapper with a single parameter and passes only that on: fn loses every
// argument after the first.
function once(fn) {
  let called = false;
  let result;
  return function (arg) {
    if (called) return result;
    called = true;
    result = fn.call(this, arg);
    return result;
  };
}
