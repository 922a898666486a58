// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  // Promise.all, allSettled, any and race are switched off before the candidate's code runs.
  for (const name of ['all', 'allSettled', 'any', 'race']) {
    const off = () => {
      throw new Error(`Promise.${name} is switched off in this problem: combine the promises yourself`);
    };
    Object.defineProperty(off, 'name', { value: name });
    Object.defineProperty(Promise, name, { value: off, writable: true, configurable: true, enumerable: false });
  }

  const copy = (list) => {
    const out = [];
    out.length = list.length;
    for (let i = 0; i < list.length; i++) if (i in list) out[i] = list[i];
    return out;
  };

  const describe = (reason) => {
    if (reason instanceof Error && Array.isArray(reason.errors))
      return { name: reason.name, errors: copy(reason.errors) };
    if (reason instanceof Error) return { name: reason.name, message: reason.message };
    return reason;
  };

  /**
   * The tests' driver: turns each task into an item (a timer promise, a plain value, or an
   * already rejected promise), calls the candidate's promiseAny, and reports what the
   * promise did and when.
   */
  globalThis.runAny = function runAny(tasks) {
    const start = Date.now();
    const items = [];
    for (const [delayMs, value, rejects] of tasks) {
      if (delayMs === null) items[items.length] = rejects ? Promise.reject(value) : value;
      else
        items[items.length] = new Promise((resolve, reject) =>
          setTimeout(() => (rejects ? reject(value) : resolve(value)), delayMs),
        );
    }
    return Promise.resolve(promiseAny(items)).then(
      (value) => ({ status: 'fulfilled', value, at: Date.now() - start }),
      (reason) => ({ status: 'rejected', reason: describe(reason), at: Date.now() - start }),
    );
  };
})();
