// Bug: the timer id is not reset when the wait ends, so a later flush thinks a call is still pending and calls fn again.
function debounce(fn, wait) {
  let timer = null;
  let lastArgs = null;
  let lastThis = null;
  function debounced(...args) {
    lastArgs = args;
    lastThis = this;
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(lastThis, lastArgs), wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
  };
  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    fn.apply(lastThis, lastArgs);
  };
  return debounced;
}
