// Assumes an array: a generator has no items.length, so the count of pending items is NaN
// and the promise never settles (forEach itself works: generators have it as an iterator helper).
function promiseAllSettled(items) {
  return new Promise((resolve) => {
    const results = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) resolve(results);
    items.forEach((item, i) => {
      Promise.resolve(item).then(
        (value) => {
          results[i] = { status: 'fulfilled', value };
          if (--remaining === 0) resolve(results);
        },
        (reason) => {
          results[i] = { status: 'rejected', reason };
          if (--remaining === 0) resolve(results);
        },
      );
    });
  });
}
