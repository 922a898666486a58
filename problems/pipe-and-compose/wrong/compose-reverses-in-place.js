// compose reverses its list of functions in place at every call: the order flips back and
// forth between calls of the same composed function.
function pipe(...fns) {
  return (...args) => (fns.length === 0 ? args[0] : fns.slice(1).reduce((value, f) => f(value), fns[0](...args)));
}

function compose(...fns) {
  return (...args) => pipe(...fns.reverse())(...args);
}
