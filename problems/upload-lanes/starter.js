/**
 * @param {Array<() => Promise<unknown>>} tasks each starts one upload when called
 * @param {number} limit most uploads running at once (at least 1)
 * @return {Promise<unknown[]>} the results in the order of tasks
 */
function runWithLimit(tasks, limit) {
  // Your code here
}
