(() => {
  // The tests' driver: turns each task into an item (a timer promise, a plain value, or an
  // already rejected promise), calls the candidate's promiseAllSettled with an array of them or
  // a generator over them, and reports what the promise did and when.

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

  globalThis.runAllSettled = function runAllSettled(tasks, asGenerator) {
    const start = Date.now();
    const items = [];
    for (const [delayMs, value, rejects] of tasks) {
      if (delayMs === null) items[items.length] = rejects ? Promise.reject(value) : value;
      else
        items[items.length] = new Promise((resolve, reject) =>
          setTimeout(() => (rejects ? reject(value) : resolve(value)), delayMs),
        );
    }
    const input = asGenerator
      ? (function* () {
          yield* items;
        })()
      : items;
    return Promise.resolve(promiseAllSettled(input)).then(
      // A copy as it is now: entries filled in later do not count.
      (results) => ({ results: Array.isArray(results) ? copy(results) : results, at: Date.now() - start }),
      (reason) => ({ rejected: reason, at: Date.now() - start }),
    );
  };
})();
