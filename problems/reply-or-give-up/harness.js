// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  // The harness keeps the real timer functions for itself, and hands the candidate's code
  // wrappers that remember which timers are still pending, so the driver can tell whether
  // withTimeout left its timer running after it settled.
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const pending = new Set();
  let owner = null;

  globalThis.setTimeout = function setTimeout(callback, delay, ...args) {
    const id = realSetTimeout(() => {
      pending.delete(id);
      if (typeof callback === 'function') callback(...args);
    }, delay);
    pending.add(id);
    if (owner !== null) owner[owner.length] = id;
    return id;
  };
  globalThis.clearTimeout = function clearTimeout(id) {
    pending.delete(id);
    realClearTimeout(id);
  };

  const describe = (reason) => (reason instanceof Error ? { error: reason.name, message: reason.message } : reason);

  /**
   * The tests' driver: starts every job at time 0. A job [delayMs, value, rejects, ms] makes
   * a task (a promise settling after delayMs, or the plain value when delayMs is null) and
   * calls withTimeout(task, ms). Each outcome says how the returned promise settled, when,
   * and how many timers that call of withTimeout had left pending just after it settled.
   */
  globalThis.runWithTimeouts = function runWithTimeouts(jobs) {
    const start = Date.now();
    const outcomes = [];
    let left = jobs.length;
    return new Promise((resolve) => {
      if (left === 0) {
        resolve(outcomes);
        return;
      }
      const settle = (i, timers, outcome) => {
        // Look once the current moment's other timers have run: a timer cleared in a
        // `finally` is cleared by then, and one that should have been cleared is not.
        realSetTimeout(() => {
          let count = 0;
          for (const id of timers) if (pending.has(id)) count += 1;
          outcome.timers = count;
          outcomes[i] = outcome;
          left -= 1;
          if (left === 0) resolve(outcomes);
        }, 0);
      };
      for (let i = 0; i < jobs.length; i++) {
        const [delayMs, value, rejects, ms] = jobs[i];
        const task =
          delayMs === null
            ? value
            : new Promise((res, rej) => realSetTimeout(() => (rejects ? rej(value) : res(value)), delayMs));
        const timers = [];
        owner = timers;
        let result;
        try {
          result = withTimeout(task, ms);
        } finally {
          owner = null;
        }
        Promise.resolve(result).then(
          (v) => settle(i, timers, { status: 'fulfilled', value: v, at: Date.now() - start }),
          (reason) => settle(i, timers, { status: 'rejected', reason: describe(reason), at: Date.now() - start }),
        );
      }
    });
  };
})();
