// Await the items one after another. Every timer is already running, so waiting for them in
// order ends when the slowest is done, as waiting for all at once does.
async function promiseAllSettled(iterable) {
  const results = [];
  for (const item of iterable) {
    try {
      results.push({ status: 'fulfilled', value: await item });
    } catch (reason) {
      results.push({ status: 'rejected', reason });
    }
  }
  return results;
}
