/**
 * @param {(...args: unknown[]) => void} fn takes its arguments, then a callback (err, value)
 * @return {(...args: unknown[]) => Promise<unknown>}
 */
function promisify(fn) {
  // Your code here
}
