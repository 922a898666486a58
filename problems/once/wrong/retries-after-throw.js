// Marks the function as called only after fn returns: a first call that throws leaves it
// unmarked, so fn runs again on the next call.
function once(fn) {
  let called = false;
  let result;
  return function (...args) {
    if (!called) {
      result = fn.apply(this, args);
      called = true;
    }
    return result;
  };
}
