// Remembers the first call made during a cool-down instead of the latest one.
function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null;
  let pending = null;
  const endCooldown = () => {
    if (trailing && pending !== null) {
      const call = pending;
      pending = null;
      timer = setTimeout(endCooldown, wait);
      fn.apply(call.self, call.args);
    } else {
      timer = null;
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
    if (trailing && pending === null) pending = { args, self: this };
  }
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
