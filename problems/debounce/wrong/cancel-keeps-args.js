// Bug: cancel clears the timer but not the saved arguments, and flush checks the arguments, so flush after cancel still calls fn.
function debounce(fn, wait) {
  let timer = null;
  let lastArgs = null;
  let lastThis = null;
  function debounced(...args) {
    lastArgs = args;
    lastThis = this;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const a = lastArgs;
      lastArgs = null;
      fn.apply(lastThis, a);
    }, wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
  };
  debounced.flush = () => {
    if (lastArgs === null) return;
    clearTimeout(timer);
    const a = lastArgs;
    lastArgs = null;
    fn.apply(lastThis, a);
  };
  return debounced;
}
