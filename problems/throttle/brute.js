// A different design, checked against the reference: while a cool-down runs, an interval
// polls the clock every millisecond and ends it once Date.now() reaches its end time.
function throttle(fn, wait, options = {}) {
  const leading = options.leading !== false;
  const trailing = options.trailing !== false;
  let cooling = false;
  let endsAt = 0;
  let poll = null;
  let pending = null;

  const startCooldown = () => {
    cooling = true;
    endsAt = Date.now() + wait;
    clearInterval(poll);
    poll = setInterval(tick, 0);
  };

  function tick() {
    if (Date.now() < endsAt) return;
    if (pending !== null) {
      const call = pending;
      pending = null;
      startCooldown();
      fn.apply(call.self, call.args);
    } else {
      cooling = false;
      clearInterval(poll);
      poll = null;
    }
  }

  function throttled(...args) {
    if (!cooling) {
      startCooldown();
      if (leading) {
        fn.apply(this, args);
        return;
      }
    }
    if (trailing) pending = { args, self: this };
  }

  throttled.cancel = () => {
    cooling = false;
    pending = null;
    clearInterval(poll);
    poll = null;
  };

  return throttled;
}
