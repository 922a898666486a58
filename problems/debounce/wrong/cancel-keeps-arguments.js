// Tracks "pending" by the saved arguments, and cancel stops the timer without forgetting
// them: a flush after a cancel calls fn with the cancelled arguments.
function debounce(fn, wait) {
  let timer;
  let pendingArgs = null;
  let pendingThis;
  const run = () => {
    const args = pendingArgs;
    pendingArgs = null;
    fn.apply(pendingThis, args);
  };
  function debounced(...args) {
    pendingArgs = args;
    pendingThis = this;
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  }
  debounced.cancel = () => clearTimeout(timer);
  debounced.flush = () => {
    if (pendingArgs === null) return;
    clearTimeout(timer);
    run();
  };
  return debounced;
}
