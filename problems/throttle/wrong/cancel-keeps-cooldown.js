// cancel forgets the pending call but lets the cool-down run on, so the next call is not
// treated as a first call.
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
    if (trailing) pending = { args, self: this };
  }
  throttled.cancel = () => {
    pending = null;
  };
  return throttled;
}
