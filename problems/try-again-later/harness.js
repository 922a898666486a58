// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: makes a task whose k-th call answers as answers[k] says, calls
   * retry(task, { retries, baseMs }), and reports how the returned promise settled, when,
   * and the time of every call of the task.
   *
   * An answer is [delayMs, value, false] (a promise fulfilling after delayMs),
   * [delayMs, reason, true] (a promise rejecting after delayMs), [null, value, false] (the
   * value itself, not a promise) or [null, reason, true] (the task throws reason). A call
   * past the end of answers gets a promise rejecting with "no more answers".
   */
  globalThis.runRetry = function runRetry(answers, retries, baseMs) {
    const start = Date.now();
    const attempts = [];
    const task = () => {
      const k = attempts.length;
      attempts[k] = Date.now() - start;
      if (k >= answers.length) return Promise.reject('no more answers');
      const [delayMs, value, rejects] = answers[k];
      if (delayMs === null) {
        if (rejects) throw value;
        return value;
      }
      return new Promise((resolve, reject) => setTimeout(() => (rejects ? reject(value) : resolve(value)), delayMs));
    };
    return Promise.resolve(retry(task, { retries, baseMs })).then(
      (value) => ({ status: 'fulfilled', value, at: Date.now() - start, attempts: [...attempts] }),
      (reason) => ({ status: 'rejected', reason, at: Date.now() - start, attempts: [...attempts] }),
    );
  };
})();
