/** Your own Promise.all (without Promise.all, allSettled, any or race). */
function promiseAll(items: unknown[]): Promise<unknown[]> {
  // Your code here
}

// ---- Provided: how the tests call promiseAll. Keep it as it is. ----
type Task = [delayMs: number | null, value: unknown, rejects: boolean];
type Outcome =
  | { status: 'fulfilled'; values: unknown[]; at: number }
  | { status: 'rejected'; reason: unknown; at: number };

function runAll(tasks: Task[]): Promise<Outcome> {
  const start = Date.now();
  const items = tasks.map(([delayMs, value, rejects]) =>
    delayMs === null
      ? value
      : new Promise((resolve, reject) => setTimeout(() => (rejects ? reject(value) : resolve(value)), delayMs)),
  );
  return Promise.resolve(promiseAll(items)).then(
    (values): Outcome => ({ status: 'fulfilled', values, at: Date.now() - start }),
    (reason): Outcome => ({ status: 'rejected', reason, at: Date.now() - start }),
  );
}
