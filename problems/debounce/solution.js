// One timer at a time: every call replaces the pending arguments and `this` and restarts
// the timer, so fn runs `wait` ms after the latest call. cancel forgets the pending call;
// flush runs it now.
function debounce(fn, wait) {
  let timer = null;
  let pendingArgs;
  let pendingThis;

  const run = () => {
    const args = pendingArgs;
    const self = pendingThis;
    timer = null;
    pendingArgs = undefined;
    pendingThis = undefined;
    fn.apply(self, args);
  };

  function debounced(...args) {
    pendingArgs = args;
    pendingThis = this;
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  }

  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pendingArgs = undefined;
    pendingThis = undefined;
  };

  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    run();
  };

  return debounced;
}
