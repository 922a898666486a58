// Returns fn's result from the first call only; later calls return undefined.
function once(fn) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}
