// Bug: destructures options without a default, so leaving options out throws.
function throttle(fn, wait, options) {
  const { leading = true, trailing = true } = options;
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
    clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
