// One timer marks the cool-down. A call while idle starts one (and calls fn at once when
// leading); calls during it only remember the latest arguments and `this` (when trailing).
// When it ends, a remembered call runs and starts the next cool-down; otherwise the
// function is idle again.
function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null;
  let pendingArgs = null;
  let pendingThis;

  const endCooldown = () => {
    if (trailing && pendingArgs !== null) {
      const args = pendingArgs;
      const self = pendingThis;
      pendingArgs = null;
      pendingThis = undefined;
      timer = setTimeout(endCooldown, wait);
      fn.apply(self, args);
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
    if (trailing) {
      pendingArgs = args;
      pendingThis = this;
    }
  }

  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pendingArgs = null;
    pendingThis = undefined;
  };

  return throttled;
}
