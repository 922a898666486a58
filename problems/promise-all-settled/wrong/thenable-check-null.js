// Bug: tests `typeof item.then` without guarding null and undefined, so a plain null or undefined item throws.
function promiseAllSettled(items) {
  const list = Array.from(items);
  return new Promise((resolve) => {
    const results = new Array(list.length);
    let done = 0;
    if (list.length === 0) resolve(results);
    const settle = (i, outcome) => {
      results[i] = outcome;
      if (++done === list.length) resolve(results);
    };
    list.forEach((item, i) => {
      if (typeof item.then === 'function') {
        item.then(
          (value) => settle(i, { status: 'fulfilled', value }),
          (reason) => settle(i, { status: 'rejected', reason }),
        );
      } else {
        settle(i, { status: 'fulfilled', value: item });
      }
    });
  });
}
