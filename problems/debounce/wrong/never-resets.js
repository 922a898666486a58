// Starts the timer on the first call of a burst but does not restart it on later calls: fn
// runs `wait` ms after the first call, not the last.
function debounce(fn, wait) {
  let timer = null;
  let pendingArgs;
  let pendingThis;
  const run = () => {
    timer = null;
    fn.apply(pendingThis, pendingArgs);
  };
  function debounced(...args) {
    pendingArgs = args;
    pendingThis = this;
    if (timer === null) timer = setTimeout(run, wait);
  }
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
