// Bug: every call is stored as pending, including the leading one, so a lone call runs twice (at once and after wait).
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
    if (trailing) pending = [this, args];
    if (timer === null) {
      timer = setTimeout(end, wait);
      if (leading) fn.apply(this, args);
    }
  }
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
