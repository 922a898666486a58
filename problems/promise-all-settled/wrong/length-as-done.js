// Bug: treats results.length === n as "all settled", but assigning the last index first makes length n early.
function promiseAllSettled(items) {
  const list = [...items];
  return new Promise((resolve) => {
    const results = [];
    if (list.length === 0) resolve(results);
    list.forEach((item, i) => {
      Promise.resolve(item).then(
        (value) => {
          results[i] = { status: 'fulfilled', value };
          if (results.length === list.length) resolve(results);
        },
        (reason) => {
          results[i] = { status: 'rejected', reason };
          if (results.length === list.length) resolve(results);
        },
      );
    });
  });
}
