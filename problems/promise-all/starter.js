/**
 * Your own Promise.all (without Promise.all, allSettled, any or race).
 * @param {unknown[]} items promises or plain values
 * @return {Promise<unknown[]>}
 */
function promiseAll(items) {
  // Your code here
}
