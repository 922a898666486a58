/** Your own Promise.all (without Promise.all, allSettled, any or race). */
function promiseAll(items: unknown[]): Promise<unknown[]> {
  // Your code here
}
