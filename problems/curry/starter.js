/**
 * @param {(...args: unknown[]) => unknown} fn
 * @param {number} [arity] how many arguments fn needs; fn.length when left out
 * @return {(...args: unknown[]) => unknown}
 */
function curry(fn, arity = fn.length) {
  // Your code here
}
