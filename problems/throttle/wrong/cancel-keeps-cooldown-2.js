// Bug: cancel forgets the pending call but leaves the cool-down timer running, so the next call is still throttled.
function throttle(fn, wait, options = {}) {
  const leading = options.leading !== false;
  const trailing = options.trailing !== false;
  let timer = null;
  let pending = null;
  const end = () => {
    if (pending) {
      const [self, args] = pending;
      pending = null;
      fn.apply(self, args);
      timer = setTimeout(end, wait);
    } else {
      timer = null;
    }
  };
  function throttled(...args) {
    if (timer === null) {
      timer = setTimeout(end, wait);
      if (leading) fn.apply(this, args);
      else if (trailing) pending = [this, args];
    } else if (trailing) {
      pending = [this, args];
    }
  }
  throttled.cancel = () => {
    pending = null;
  };
  return throttled;
}
