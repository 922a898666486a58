// Right, but counts the rejections so far by filtering the reasons on every rejection: O(n) per rejection, O(n²) when everything fails.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = items.map(() => undefined);
    const rejected = items.map(() => false);
    if (items.length === 0) reject(new AggregateError([], 'All promises were rejected'));
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        reasons[i] = reason;
        rejected[i] = true;
        if (rejected.filter(Boolean).length === items.length)
          reject(new AggregateError(reasons, 'All promises were rejected'));
      });
    });
  });
}
