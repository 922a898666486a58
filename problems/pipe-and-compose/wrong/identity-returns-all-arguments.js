// With no functions, returns the whole argument list instead of the first argument.
function pipe(...fns) {
  return (...args) => {
    if (fns.length === 0) return args;
    let value = fns[0](...args);
    for (let i = 1; i < fns.length; i++) value = fns[i](value);
    return value;
  };
}

function compose(...fns) {
  return pipe(...[...fns].reverse());
}
