// Records a failure and carries on starting uploads, rejecting only once all of them have finished.
async function runWithLimit(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  let failure = null;
  const worker = async () => {
    while (next < tasks.length) {
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
  for (const w of workers) await w;
  if (failure !== null) throw failure.reason;
  return results;
}
