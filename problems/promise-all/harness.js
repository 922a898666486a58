(() => {
  // The tests' driver: turns each task into an item (a timer promise, or a plain value),
  // calls the candidate's promiseAll, and reports what the promise did and when.

  // Promise.all, allSettled, any and race are switched off before the candidate's code runs.
  for (const name of ['all', 'allSettled', 'any', 'race']) {
    const off = () => {
      throw new Error(`Promise.${name} is switched off in this problem: combine the promises yourself`);
    };
    Object.defineProperty(off, 'name', { value: name });
    Object.defineProperty(Promise, name, { value: off, writable: true, configurable: true, enumerable: false });
  }

  globalThis.runAll = function runAll(tasks) {
    const start = Date.now();
    const items = tasks.map(([delayMs, value, rejects]) =>
      delayMs === null
        ? value
        : new Promise((resolve, reject) => setTimeout(() => (rejects ? reject(value) : resolve(value)), delayMs)),
    );
    return Promise.resolve(promiseAll(items)).then(
      (values) => ({ status: 'fulfilled', values, at: Date.now() - start }),
      (reason) => ({ status: 'rejected', reason, at: Date.now() - start }),
    );
  };
})();
