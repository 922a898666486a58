// Writes compose with reduce like pipe, so it also runs the functions left to right.
function pipe(...fns) {
  return (...args) => (fns.length === 0 ? args[0] : fns.slice(1).reduce((value, f) => f(value), fns[0](...args)));
}

function compose(...fns) {
  return (...args) => (fns.length === 0 ? args[0] : fns.slice(1).reduce((value, f) => f(value), fns[0](...args)));
}
