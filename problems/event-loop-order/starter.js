/**
 * Works out, without running it, the order in which the program's logs are printed.
 * @param {Array} program statements: ["log", label], ["timeout", delay, body],
 *   ["microtask", body], ["promise", body1, body2, ...], ["async", body0, body1, ...]
 * @return {string[]} the labels, in the order they are printed
 */
function predictOrder(program) {
  // Your code here
}
