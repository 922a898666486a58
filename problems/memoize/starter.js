/**
 * @param {(...args: unknown[]) => unknown} fn
 * @param {(...args: unknown[]) => unknown} [resolver] makes the cache key from the arguments
 * @return {(...args: unknown[]) => unknown}
 */
function memoize(fn, resolver) {
  // Your code here
}
