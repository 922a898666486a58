// Returns an arrow function and calls fn(...args): fn never sees the caller's `this`.
function once(fn) {
  let called = false;
  let result;
  return (...args) => {
    if (called) return result;
    called = true;
    result = fn(...args);
    return result;
  };
}
