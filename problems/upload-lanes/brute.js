// `limit` workers, each an async loop that takes the next index until none are left. A
// shared flag stops them all at the first failure.
async function runWithLimit(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  let failure = null;
  const worker = async () => {
    while (failure === null && next < tasks.length) {
      const i = next++;
      try {
        results[i] = await tasks[i]();
      } catch (reason) {
        if (failure === null) failure = { reason };
      }
    }
  };
  const workers = [];
  for (let j = 0; j < Math.min(limit, tasks.length); j++) workers.push(worker());
  await new Promise((resolve, reject) => {
    let left = workers.length;
    if (left === 0) resolve();
    for (const w of workers)
      w.then(() => {
        if (failure !== null) reject(failure.reason);
        left -= 1;
        if (left === 0) resolve();
      });
  });
  return results;
}
