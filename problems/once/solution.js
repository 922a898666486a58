// A closure with a flag, set before fn runs: a first call that throws still counts, and
// every later call returns what the first one returned. A regular function (not an
// arrow) so it receives the caller's `this`, passed on with apply.
function once(fn) {
  let called = false;
  let result;
  return function onceFn(...args) {
    if (called) return result;
    called = true;
    result = fn.apply(this, args);
    return result;
  };
}
