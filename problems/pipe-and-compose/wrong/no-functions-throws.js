// Takes the first function out without checking there is one: with no functions, calling
// the pipeline throws instead of returning its argument.
function pipe(...fns) {
  const [first, ...rest] = fns;
  return (...args) => rest.reduce((value, f) => f(value), first(...args));
}

function compose(...fns) {
  return pipe(...fns.slice().reverse());
}
