// The trailing call does not start a new cool-down: a call right after it calls fn again
// at once, less than `wait` ms later.
function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null;
  let pending = null;
  const endCooldown = () => {
    timer = null;
    if (trailing && pending !== null) {
      const call = pending;
      pending = null;
      fn.apply(call.self, call.args);
    }
  };
  function throttled(...args) {
    if (timer === null) {
      timer = setTimeout(endCooldown, wait);
      if (leading) {
        fn.apply(this, args);
        return;
      }
    }
    if (trailing) pending = { args, self: this };
  }
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
