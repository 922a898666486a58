// Resolves when the last item in the list settles, not when all of them have.
function promiseAll(items) {
  return new Promise((resolve, reject) => {
    const values = [];
    if (items.length === 0) resolve(values);
    items.forEach((item, i) => {
      Promise.resolve(item).then((value) => {
        values[i] = value;
        if (i === items.length - 1) resolve(values);
      }, reject);
    });
  });
}
