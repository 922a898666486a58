// Bug: remembers `this` only from the first call of a burst (context = context || this), not from the latest call.
function debounce(fn, wait) {
  let timer = null;
  let lastArgs = null;
  let context;
  function debounced(...args) {
    lastArgs = args;
    context = context || this;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const ctx = context;
      context = undefined;
      fn.apply(ctx, lastArgs);
    }, wait);
  }
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
    context = undefined;
  };
  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    const ctx = context;
    context = undefined;
    fn.apply(ctx, lastArgs);
  };
  return debounced;
}
