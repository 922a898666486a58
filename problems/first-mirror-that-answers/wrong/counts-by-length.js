// Counts the rejections with reasons.length after reasons[i] = reason: when the last item fails first, the array is already full-length and the promise rejects too early.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = [];
    if (items.length === 0) reject(new AggregateError(reasons, 'All promises were rejected'));
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        reasons[i] = reason;
        if (reasons.length === items.length) reject(new AggregateError(reasons, 'All promises were rejected'));
      });
    });
  });
}
