// Obviously right, slowly: keep every item's state, and after each rejection look at all
// of them to see whether any could still fulfil. O(n) per rejection.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    const states = items.map(() => 'pending');
    const reasons = items.map(() => undefined);
    let done = false;
    const allRejected = () => states.every((state) => state === 'rejected');
    if (allRejected()) {
      done = true;
      reject(new AggregateError([], 'All promises were rejected'));
    }
    items.forEach((item, i) => {
      Promise.resolve(item).then(
        (value) => {
          states[i] = 'fulfilled';
          if (!done) {
            done = true;
            resolve(value);
          }
        },
        (reason) => {
          states[i] = 'rejected';
          reasons[i] = reason;
          if (!done && allRejected()) {
            done = true;
            reject(new AggregateError(reasons, 'All promises were rejected'));
          }
        },
      );
    });
  });
}
