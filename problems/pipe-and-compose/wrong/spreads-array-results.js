// Keeps the value as an argument list and spreads any array result into the next
// function: a function that returns an array passes on its elements, not the array.
function pipe(...fns) {
  return (...args) => {
    let value = args;
    for (const f of fns) value = Array.isArray(value) ? f(...value) : f(value);
    return Array.isArray(value) && fns.length === 0 ? value[0] : value;
  };
}

function compose(...fns) {
  return pipe(...[...fns].reverse());
}
