// Bug: checks `typeof item.then === 'function'` without guarding null/undefined, so a plain null value throws.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = new Array(items.length);
    let done = 0;
    if (items.length === 0) resolve(values);
    items.forEach((item, i) => {
      const p = typeof item.then === 'function' ? item : Promise.resolve(item);
      p.then((value) => {
        values[i] = value;
        if (++done === items.length) resolve(values);
      }, reject);
    });
  });
}
