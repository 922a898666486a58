// Count the fulfilled items; the first rejection settles the promise and later calls to
// resolve or reject are no-ops, as for any promise.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = new Array(items.length);
    let remaining = items.length;
    if (remaining === 0) {
      resolve(values);
      return;
    }
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        values[i] = value;
        remaining -= 1;
        if (remaining === 0) resolve(values);
      }, reject);
    });
  });
}
