// The mirror image of Promise.all: the first fulfilment settles the promise, and the
// rejections are counted into their slots; when every item has rejected, reject with an
// AggregateError of the reasons in input order.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const reasons = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) {
      reject(new AggregateError(reasons, 'All promises were rejected'));
      return;
    }
    items.forEach((item, i) => {
      Promise.resolve(item).then(resolve, (reason) => {
        reasons[i] = reason;
        remaining -= 1;
        if (remaining === 0) reject(new AggregateError(reasons, 'All promises were rejected'));
      });
    });
  });
}
