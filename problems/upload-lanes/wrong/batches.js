// Runs the tasks in batches of `limit` and waits for the whole batch before starting the next: a free lane stays idle until the slowest upload of its batch is done.
async function runWithLimit(tasks, limit) {
  const results = [];
  for (let i = 0; i < tasks.length; i += limit) {
    const batch = tasks.slice(i, i + limit).map((task) => task());
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
