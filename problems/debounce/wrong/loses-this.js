// An arrow function as the debounced function: `this` is not the caller's, so fn is
// called without it.
function debounce(fn, wait) {
  let timer = null;
  let pendingArgs;
  const run = () => {
    timer = null;
    fn(...pendingArgs);
  };
  const debounced = (...args) => {
    pendingArgs = args;
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    run();
  };
  return debounced;
}
