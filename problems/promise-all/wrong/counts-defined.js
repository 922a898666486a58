// Bug: decides "all done" by counting entries that are not undefined, so an item that fulfils with undefined never counts.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = new Array(items.length);
    if (items.length === 0) resolve(values);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        values[i] = value;
        if (values.filter((v) => v !== undefined).length === items.length) resolve(values);
      }, reject);
    });
  });
}
