// Resolves when the last item in the list settles, not when all of them have.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = [];
    if (items.length === 0) resolve(values);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        values[i] = value;
        if (i === items.length - 1) resolve(values);
      }, reject);
    });
  });
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
