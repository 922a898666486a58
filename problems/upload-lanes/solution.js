// Start `limit` tasks; whenever one fulfils, start the next in line, so exactly
// min(limit, left) run at any time. Each result goes to its own slot. The first failure
// rejects the promise and stops new starts; tasks already running are left to finish.
function runWithLimit(tasks, limit) {
  return new Promise((resolve, reject) => {
    const results = new Array(tasks.length);
    let next = 0;
    let done = 0;
    let failed = false;
    if (tasks.length === 0) {
      resolve(results);
      return;
    }
    const fail = (reason) => {
      failed = true;
      reject(reason);
    };
    const startNext = () => {
      if (failed || next === tasks.length) return;
      const i = next++;
      let result;
      try {
        result = tasks[i]();
      } catch (reason) {
        fail(reason);
        return;
      }
      Promise.resolve(result).then((value) => {
        results[i] = value;
        done++;
        if (done === tasks.length) resolve(results);
        else startNext();
      }, fail);
    };
    for (let j = 0; j < limit && j < tasks.length; j++) startNext();
  });
}
