// Bug: calls item.then on every item, so a plain value (not a promise) throws.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = new Array(items.length);
    let done = 0;
    if (items.length === 0) resolve(values);
    items.forEach((item, i) => {
      item.then((value) => {
        values[i] = value;
        if (++done === items.length) resolve(values);
      }, reject);
    });
  });
}
