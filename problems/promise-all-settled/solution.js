// Copy the iterable into an array first (it may be a one-shot generator), then settle each
// item into its own slot and count down: the last one to settle fulfils the promise. It
// never rejects: a rejection is just another outcome.
function promiseAllSettled(iterable) {
  const items = Array.from(iterable);
  return new Promise((resolve) => {
    const results = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) {
      resolve(results);
      return;
    }
    items.forEach((item, i) => {
      const settle = (outcome) => {
        results[i] = outcome;
        remaining -= 1;
        if (remaining === 0) resolve(results);
      };
      Promise.resolve(item).then(
        (value) => settle({ status: 'fulfilled', value }),
        (reason) => settle({ status: 'rejected', reason }),
      );
    });
  });
}
