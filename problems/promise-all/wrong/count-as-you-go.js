// Bug: handles plain values synchronously while still counting the total, so a plain value first resolves at once.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = [];
    let total = 0;
    let done = 0;
    const fulfil = (i, value) => {
      values[i] = value;
      if (++done === total) resolve(values);
    };
    for (const item of items) {
      const i = total++;
      if (item instanceof Promise) item.then((value) => fulfil(i, value), reject);
      else fulfil(i, item);
    }
    if (total === 0) resolve(values);
  });
}
