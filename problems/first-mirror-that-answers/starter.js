/**
 * Your own Promise.any (Promise.all, allSettled, any and race are switched off).
 * @param {unknown[]} items promises or plain values
 * @return {Promise<unknown>} the first fulfilment, or an AggregateError of every reason
 */
function promiseAny(items) {
  // Your code here
}
