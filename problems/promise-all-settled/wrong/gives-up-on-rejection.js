// Forgets the rejection handler: the first rejected item rejects the whole promise, the way
// Promise.all does.
function promiseAllSettled(iterable) {
  const items = [...iterable];
  return new Promise((resolve, reject) => {
    const results = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) resolve(results);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        results[i] = { status: 'fulfilled', value };
        if (--remaining === 0) resolve(results);
      }, reject);
    });
  });
}
