// Restarts the timer, but keeps the arguments of the first call of the burst instead of
// the latest.
function debounce(fn, wait) {
  let timer = null;
  let pendingArgs = null;
  let pendingThis;
  const run = () => {
    const args = pendingArgs;
    timer = null;
    pendingArgs = null;
    fn.apply(pendingThis, args);
  };
  function debounced(...args) {
    if (pendingArgs === null) pendingArgs = args;
    pendingThis = this;
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pendingArgs = null;
  };
  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    run();
  };
  return debounced;
}
