// Folds the functions into nested closures, one call inside the next: right for short
// chains, but a long chain nests one call per function and overflows the stack.
function compose(...fns) {
  if (fns.length === 0) return (...args) => args[0];
  return fns.reduce(
    (outer, inner) =>
      (...args) =>
        outer(inner(...args)),
  );
}

function pipe(...fns) {
  return compose(...[...fns].reverse());
}
