/**
 * Your own Promise.all (without Promise.all, allSettled, any or race).
 * @param {unknown[]} items promises or plain values
 * @return {Promise<unknown[]>}
 */
function promiseAll(items) {
  // Your code here
}

// ---- Provided: how the tests call promiseAll. Keep it as it is. ----
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
