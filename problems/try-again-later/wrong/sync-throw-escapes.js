// Chains on task().then without guarding the call: a task that throws instead of rejecting is never retried.
function retry(task, { retries, baseMs }) {
  return new Promise((resolve, reject) => {
    const attempt = (k) => {
      Promise.resolve(task()).then(resolve, (reason) => {
        if (k === retries) reject(reason);
        else setTimeout(() => attempt(k + 1), baseMs * 2 ** k);
      });
    };
    attempt(0);
  });
}
