// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: makes `debounce(fn, wait)` with a fn that records each call as
   * [time, args] (or [time, args, name] when `this` is a receiver { name }), acts out the
   * events at their times, and returns the record once `wait + 1` ms have passed after the
   * last event.
   *
   * Events, in time order: [at, 'call', ...args], [at, 'callOn', name, ...args] (called as a
   * method of { name }), [at, 'cancel'], [at, 'flush']. Each event runs after every timer
   * already due at its time (two timers: the second is created at that very moment), so
   * "the wait is over" always comes before a call made at the same instant.
   */
  globalThis.runDebounce = function runDebounce(wait, events) {
    const start = Date.now();
    const now = () => Date.now() - start;
    const record = [];
    const fn = function (...args) {
      const name = this !== null && typeof this === 'object' ? this.name : undefined;
      record[record.length] = name === undefined ? [now(), args] : [now(), args, name];
    };
    const debounced = debounce(fn, wait);
    const act = ([, action, ...rest]) => {
      const [receiver, ...methodArgs] = rest;
      if (action === 'call') debounced(...rest);
      else if (action === 'callOn') debounced.apply({ name: receiver }, methodArgs);
      else if (action === 'cancel') debounced.cancel();
      else if (action === 'flush') debounced.flush();
      else throw new Error(`unknown event ${action}`);
    };
    return new Promise((resolve) => {
      let i = 0;
      const next = () => {
        if (i === events.length) {
          setTimeout(() => resolve([...record]), wait + 1);
          return;
        }
        setTimeout(
          () =>
            setTimeout(() => {
              act(events[i]);
              i += 1;
              next();
            }, 0),
          events[i][0] - now(),
        );
      };
      next();
    });
  };
})();
