// Pushes each outcome when it arrives: the results come out in the order the items
// settled, not in the order they were given.
function promiseAllSettled(iterable) {
  const items = [...iterable];
  return new Promise((resolve) => {
    const results = [];
    if (items.length === 0) resolve(results);
    const done = (outcome) => {
      results.push(outcome);
      if (results.length === items.length) resolve(results);
    };
    for (const item of items) {
      Promise.resolve(item).then(
        (value) => done({ status: 'fulfilled', value }),
        (reason) => done({ status: 'rejected', reason }),
      );
    }
  });
}
