// The one-line classic: call fn if `wait` ms have passed since the last call of fn. It has
// no trailing call at all, so the last call of a burst is lost (and `leading: false` is
// ignored).
function throttle(fn, wait, options = {}) {
  let last = null;
  function throttled(...args) {
    const now = Date.now();
    if (last === null || now - last >= wait) {
      last = now;
      fn.apply(this, args);
    }
  }
  throttled.cancel = () => {
    last = null;
  };
  return throttled;
}
