// Bug: counts items while still iterating, so a plain value at the front "completes" the whole set at once.
function promiseAllSettled(items) {
  return new Promise((resolve) => {
    const results = [];
    let total = 0;
    let done = 0;
    const settle = (i, outcome) => {
      results[i] = outcome;
      done++;
      if (done === total) resolve(results);
    };
    for (const item of items) {
      const i = total++;
      if (item && typeof item.then === 'function') {
        item.then(
          (value) => settle(i, { status: 'fulfilled', value }),
          (reason) => settle(i, { status: 'rejected', reason }),
        );
      } else {
        settle(i, { status: 'fulfilled', value: item });
      }
    }
    if (total === 0) resolve(results);
  });
}
