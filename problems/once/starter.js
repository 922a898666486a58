/**
 * @param {(...args: unknown[]) => unknown} fn
 * @return {(...args: unknown[]) => unknown} calls fn the first time only
 */
function once(fn) {
  // Your code here
}
