/**
 * @param {() => Promise<unknown>} task starts one attempt
 * @param {{ retries: number, baseMs: number }} options
 * @return {Promise<unknown>} the first success, or the last failure's reason
 */
function retry(task, { retries, baseMs }) {
  // Your code here
}
