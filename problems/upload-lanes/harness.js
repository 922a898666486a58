// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  const describe = (reason) => (reason instanceof Error ? { error: reason.name, message: reason.message } : reason);

  /**
   * The tests' driver: turns each upload into a task (a function that starts it and
   * records when), calls runWithLimit(tasks, limit), and once every upload that could run
   * has had time to finish, reports how the promise settled, when, and when each task was
   * started (null: never).
   *
   * An upload is [delayMs, value, false] (fulfils after delayMs), [delayMs, reason, true]
   * (rejects after delayMs), [null, value, false] (the task returns value itself) or
   * [null, reason, true] (the task throws reason).
   */
  globalThis.runUploads = function runUploads(uploads, limit) {
    const start = Date.now();
    const starts = uploads.map(() => null);
    let longest = 0;
    const tasks = uploads.map(([delayMs, value, fails], i) => {
      longest += delayMs ?? 0;
      return () => {
        if (starts[i] !== null) throw new Error(`upload ${i} was started twice`);
        starts[i] = Date.now() - start;
        if (delayMs === null) {
          if (fails) throw value;
          return value;
        }
        return new Promise((resolve, reject) => setTimeout(() => (fails ? reject(value) : resolve(value)), delayMs));
      };
    });
    let outcome = { status: 'pending' };
    Promise.resolve(runWithLimit(tasks, limit)).then(
      (values) => {
        outcome = { status: 'fulfilled', values: Array.isArray(values) ? [...values] : values, at: Date.now() - start };
      },
      (reason) => {
        outcome = { status: 'rejected', reason: describe(reason), at: Date.now() - start };
      },
    );
    // Even one upload at a time is done by the sum of the delays: report after that.
    return new Promise((resolve) => setTimeout(() => resolve({ ...outcome, starts: [...starts] }), longest + 1));
  };
})();
