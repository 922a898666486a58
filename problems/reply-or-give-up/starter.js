/**
 * @param {Promise<unknown> | unknown} task a promise, or a plain value
 * @param {number} ms how long to wait, in milliseconds
 * @return {Promise<unknown>} settles like task, or rejects with Error("timed out after <ms> ms")
 */
function withTimeout(task, ms) {
  // Your code here
}
