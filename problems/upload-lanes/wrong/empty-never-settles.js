// Resolves only from a task's handler: with no uploads, the promise never settles.
function runWithLimit(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let next = 0;
    let done = 0;
    let failed = false;
    const startNext = () => {
      if (failed || next === tasks.length) return;
      const i = next++;
      Promise.resolve()
        .then(tasks[i])
        .then(
          (value) => {
            results[i] = value;
            done++;
            if (done === tasks.length) resolve(results);
            else startNext();
          },
          (reason) => {
            failed = true;
            reject(reason);
          },
        );
    };
    for (let j = 0; j < limit; j++) startNext();
  });
}
