// Bug: flush calls fn but does not clear the timer, so fn is called a second time when the wait ends.
function debounce(fn, wait) {
  let timer = null;
  let lastArgs = null;
  let lastThis = null;
  let pending = false;
  function debounced(...args) {
    lastArgs = args;
    lastThis = this;
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending = false;
      fn.apply(lastThis, lastArgs);
    }, wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
    pending = false;
  };
  debounced.flush = () => {
    if (!pending) return;
    pending = false;
    fn.apply(lastThis, lastArgs);
  };
  return debounced;
}
