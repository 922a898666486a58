// Pushes each result when its task finishes: the results follow the order of completion, not of the tasks.
function runWithLimit(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = [];
    let next = 0;
    let failed = false;
    if (tasks.length === 0) resolve(results);
    const startNext = () => {
      if (failed || next === tasks.length) return;
      const task = tasks[next++];
      Promise.resolve()
        .then(task)
        .then(
          (value) => {
            results.push(value);
            if (results.length === tasks.length) resolve(results);
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
