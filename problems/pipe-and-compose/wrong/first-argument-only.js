// Returns a one-parameter function: the first function gets only the first argument.
function pipe(...fns) {
  return (x) => fns.reduce((value, f) => f(value), x);
}

function compose(...fns) {
  return (x) => fns.reduceRight((value, f) => f(value), x);
}
