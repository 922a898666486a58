type Outcome = { status: 'fulfilled'; value: unknown } | { status: 'rejected'; reason: unknown };

/** Your own Promise.allSettled (without Promise.all, allSettled, any or race). */
function promiseAllSettled(items: Iterable<unknown>): Promise<Outcome[]> {
  // Your code here
}
