// Only ever settles from an item's handler: with no items, the promise never settles.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = new Array(items.length);
    let remaining = items.length;
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        reasons[i] = reason;
        remaining -= 1;
        if (remaining === 0) reject(new AggregateError(reasons, 'All promises were rejected'));
      });
    });
  });
}
