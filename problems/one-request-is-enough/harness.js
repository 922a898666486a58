// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: makes `request = shareRequests(fetchProfile)`, calls request(key) at
   * each event's time, and reports every real fetch [time, key] and every call's outcome
   * [time settled, status, value or reason], in the order of the events.
   *
   * The n-th fetch (from 1) answers after replies[n - 1] = [delayMs, fails] — by default
   * [10, false] — with "<key>#<n>", or fails with "<key> failed #<n>". Each event runs
   * after every timer already due at its time (two timers: the second is created at that
   * very moment), so a fetch ending at the same moment as a call has ended first.
   */
  globalThis.runShared = function runShared(events, replies) {
    const start = Date.now();
    const now = () => Date.now() - start;
    const fetches = [];
    const fetchProfile = (key) => {
      const n = fetches.length + 1;
      fetches[fetches.length] = [now(), key];
      const [delayMs, fails] = n <= replies.length ? replies[n - 1] : [10, false];
      return new Promise((resolve, reject) =>
        // Joined with +, not a template literal (which QuickJS builds with concat, a counted
        // built-in): the harness's own work stays the same per call at every size.
        setTimeout(() => (fails ? reject(key + ' failed #' + n) : resolve(key + '#' + n)), delayMs),
      );
    };
    const request = shareRequests(fetchProfile);
    const results = [];
    let unsettled = events.length;
    return new Promise((resolve) => {
      const finish = () => resolve({ fetches: [...fetches], results: [...results] });
      if (unsettled === 0) {
        finish();
        return;
      }
      const settle = (i, result) => {
        results[i] = result;
        unsettled -= 1;
        if (unsettled === 0) finish();
      };
      let i = 0;
      const next = () => {
        if (i === events.length) return;
        setTimeout(
          () =>
            setTimeout(() => {
              const k = i;
              i += 1;
              Promise.resolve(request(events[k][1])).then(
                (value) => settle(k, [now(), 'fulfilled', value]),
                (reason) => settle(k, [now(), 'rejected', reason]),
              );
              next();
            }, 0),
          events[i][0] - now(),
        );
      };
      next();
    });
  };
})();
