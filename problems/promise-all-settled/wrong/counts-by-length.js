// Decides that everything has settled when results.length reaches the number of items, but
// assigning results[i] for the last index sets the length at once: it fulfils as soon as
// the last item in the list settles.
function promiseAllSettled(iterable) {
  const items = [...iterable];
  return new Promise((resolve) => {
    const results = [];
    if (items.length === 0) resolve(results);
    items.forEach((item, i) => {
      Promise.resolve(item).then(
        (value) => {
          results[i] = { status: 'fulfilled', value };
          if (results.length === items.length) resolve(results);
        },
        (reason) => {
          results[i] = { status: 'rejected', reason };
          if (results.length === items.length) resolve(results);
        },
      );
    });
  });
}
