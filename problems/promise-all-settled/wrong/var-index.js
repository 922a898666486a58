// Bug: `var i` is shared by every callback, so every outcome is written to results[n].
function promiseAllSettled(items) {
  var i;
  const list = Array.from(items);
  const results = [];
  let done = 0;
  return new Promise((resolve) => {
    if (list.length === 0) resolve(results);
    for (i = 0; i < list.length; i++) {
      Promise.resolve(list[i])
        .then(
          (value) => {
            results[i] = { status: 'fulfilled', value };
          },
          (reason) => {
            results[i] = { status: 'rejected', reason };
          },
        )
        .then(() => {
          if (++done === list.length) resolve(results);
        });
    }
  });
}
