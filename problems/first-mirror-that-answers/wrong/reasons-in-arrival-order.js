// Pushes the reasons as they arrive: when everything fails, they are in the order of failure, not of the items.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = [];
    if (items.length === 0) reject(new AggregateError(reasons, 'All promises were rejected'));
    for (const item of items) {
      Promise.resolve(item).then(resolve, (reason) => {
        reasons.push(reason);
        if (reasons.length === items.length) reject(new AggregateError(reasons, 'All promises were rejected'));
      });
    }
  });
}
