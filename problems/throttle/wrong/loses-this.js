// Arrow functions throughout: fn is never called with the caller's `this`.
function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let timer = null;
  let pendingArgs = null;
  const endCooldown = () => {
    if (trailing && pendingArgs !== null) {
      const args = pendingArgs;
      pendingArgs = null;
      timer = setTimeout(endCooldown, wait);
      fn(...args);
    } else {
      timer = null;
    }
  };
  const throttled = (...args) => {
    if (timer === null) {
      timer = setTimeout(endCooldown, wait);
      if (leading) {
        fn(...args);
        return;
      }
    }
    if (trailing) pendingArgs = args;
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pendingArgs = null;
  };
  return throttled;
}
