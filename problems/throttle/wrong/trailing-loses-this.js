// Bug: the pending call keeps only its arguments, so a trailing call runs without the caller's `this`.
function throttle(fn, wait, options = {}) {
  const leading = options.leading !== false;
  const trailing = options.trailing !== false;
  let timer = null;
  let pendingArgs = null;
  const end = () => {
    if (pendingArgs) {
      const args = pendingArgs;
      pendingArgs = null;
      fn(...args);
      timer = setTimeout(end, wait);
    } else {
      timer = null;
    }
  };
  function throttled(...args) {
    if (timer === null) {
      timer = setTimeout(end, wait);
      if (leading) fn.apply(this, args);
      else if (trailing) pendingArgs = args;
    } else if (trailing) {
      pendingArgs = args;
    }
  }
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pendingArgs = null;
  };
  return throttled;
}
