// The other classic design: one timer that is not reset on every call. When it fires, it
// compares the time since the latest call with `wait`: enough, and fn runs; not enough,
// and it sleeps for the rest.
function debounce(fn, wait) {
  let timer = null;
  let lastCallAt = 0;
  let lastArgs;
  let lastThis;

  const invoke = () => {
    const args = lastArgs;
    const self = lastThis;
    lastArgs = undefined;
    lastThis = undefined;
    fn.apply(self, args);
  };

  const expire = () => {
    const elapsed = Date.now() - lastCallAt;
    if (elapsed >= wait) {
      timer = null;
      invoke();
    } else {
      timer = setTimeout(expire, wait - elapsed);
    }
  };

  function debounced(...args) {
    lastArgs = args;
    lastThis = this;
    lastCallAt = Date.now();
    if (timer === null) timer = setTimeout(expire, wait);
  }

  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
    lastArgs = undefined;
    lastThis = undefined;
  };

  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    invoke();
  };

  return debounced;
}
