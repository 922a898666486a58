// The tests' driver: turns each task into an item (a timer promise, or a plain value),
// calls the candidate's promiseAll, and reports what the promise did and when.
function runAll(tasks) {
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
}
