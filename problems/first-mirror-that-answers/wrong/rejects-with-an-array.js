// Rejects with the bare array of reasons instead of an AggregateError holding them.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) reject(reasons);
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        reasons[i] = reason;
        remaining -= 1;
        if (remaining === 0) reject(reasons);
      });
    });
  });
}
