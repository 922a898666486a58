/**
 * Your own Promise.allSettled (without Promise.all, allSettled, any or race).
 * @param {Iterable<unknown>} items promises or plain values
 * @return {Promise<Array<{ status: 'fulfilled', value: unknown } | { status: 'rejected', reason: unknown }>>}
 */
function promiseAllSettled(items) {
  // Your code here
}
