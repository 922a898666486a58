// pipe: the first function gets every argument, each later one the previous result.
// No functions: the first argument comes back unchanged. compose is pipe read from the
// right, so it reverses a copy (never the caller's list) once, when it is built.
function pipe(...fns) {
  return (...args) => {
    if (fns.length === 0) return args[0];
    let value = fns[0](...args);
    for (let i = 1; i < fns.length; i++) value = fns[i](value);
    return value;
  };
}

function compose(...fns) {
  return pipe(...[...fns].reverse());
}
