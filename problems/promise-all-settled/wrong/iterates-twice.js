// Bug: reads items once to count them and again to attach handlers; a generator is empty the second time.
function promiseAllSettled(items) {
  let n = 0;
  for (const _ of items) n++;
  return new Promise((resolve) => {
    const results = new Array(n);
    let done = 0;
    if (n === 0) resolve(results);
    let i = 0;
    for (const item of items) {
      const index = i++;
      Promise.resolve(item).then(
        (value) => {
          results[index] = { status: 'fulfilled', value };
          if (++done === n) resolve(results);
        },
        (reason) => {
          results[index] = { status: 'rejected', reason };
          if (++done === n) resolve(results);
        },
      );
    }
  });
}
