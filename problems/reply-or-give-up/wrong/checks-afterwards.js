// Awaits the task, then compares the elapsed time with ms: a slow task is waited for in full instead of given up on at ms.
async function withTimeout(task, ms) {
  const start = Date.now();
  const value = await task;
  if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms`);
  return value;
}
