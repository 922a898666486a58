/**
 * @param {...((...args: unknown[]) => unknown)} fns
 * @return {(...args: unknown[]) => unknown} runs fns left to right
 */
function pipe(...fns) {
  // Your code here
}

/**
 * @param {...((...args: unknown[]) => unknown)} fns
 * @return {(...args: unknown[]) => unknown} runs fns right to left
 */
function compose(...fns) {
  // Your code here
}
