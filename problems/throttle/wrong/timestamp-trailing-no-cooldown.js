// Bug: timestamp-based; the trailing call does not restart the clock, so a call right after it runs at once.
function throttle(fn, wait, options = {}) {
  const leading = options.leading !== false;
  const trailing = options.trailing !== false;
  let last = Number.NEGATIVE_INFINITY;
  let timer = null;
  let pending = null;
  function throttled(...args) {
    const now = Date.now();
    if (now - last >= wait && timer === null) {
      last = now;
      if (leading) {
        fn.apply(this, args);
        return;
      }
    }
    if (!trailing) return;
    pending = [this, args];
    if (timer === null) {
      timer = setTimeout(
        () => {
          timer = null;
          const [self, a] = pending;
          pending = null;
          fn.apply(self, a);
        },
        wait - (now - last),
      );
    }
  }
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pending = null;
    last = Number.NEGATIVE_INFINITY;
  };
  return throttled;
}
