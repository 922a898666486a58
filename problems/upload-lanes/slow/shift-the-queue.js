// Right, but keeps the waiting tasks in an array and takes the next with shift(), which moves every element left: O(n) per start, O(n²) in all.
function runWithLimit(tasks, limit) {
  return new Promise((resolve, reject) => {
    const queue = tasks.map((task, i) => [task, i]);
    const results = new Array(tasks.length);
    let done = 0;
    let failed = false;
    if (tasks.length === 0) resolve(results);
    const startNext = () => {
      if (failed || queue.length === 0) return;
      const [task, i] = queue.shift();
      let result;
      try {
        result = task();
      } catch (reason) {
        failed = true;
        reject(reason);
        return;
      }
      Promise.resolve(result).then(
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
