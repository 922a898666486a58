// Bug: treats values.length === n as "all fulfilled", but assigning the last index first makes length n early.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = [];
    if (items.length === 0) resolve(values);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        values[i] = value;
        if (values.length === items.length) resolve(values);
      }, reject);
    });
  });
}
