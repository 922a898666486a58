// Calls every task up front and only limits how many results it waits for at a time: all uploads start at 0 ms.
async function runWithLimit(tasks, limit) {
  const promises = tasks.map((task) => Promise.resolve().then(task));
  for (const p of promises) p.catch(() => {});
  const results = [];
  for (let i = 0; i < promises.length; i += limit) results.push(...(await Promise.all(promises.slice(i, i + limit))));
  return results;
}
