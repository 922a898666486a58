// Right, but keeps every timer it ever started and clears them all at each call, cancel or
// flush (clearing a timer that already fired does nothing): O(n) per call after n calls,
// where remembering only the latest timer needs O(1).
function debounce(fn, wait) {
  const timers = [];
  let pending = null;

  const clearAll = () => {
    for (const timer of timers) clearTimeout(timer);
  };
  const run = () => {
    const { self, args } = pending;
    pending = null;
    fn.apply(self, args);
  };

  function debounced(...args) {
    pending = { self: this, args };
    clearAll();
    timers.push(setTimeout(run, wait));
  }

  debounced.cancel = () => {
    clearAll();
    pending = null;
  };

  debounced.flush = () => {
    clearAll();
    if (pending !== null) run();
  };

  return debounced;
}
