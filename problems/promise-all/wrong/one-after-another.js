// Awaits the items one after another: right values, but it settles only after the sum of
// the delays, and a rejection waits for every earlier item.
async function promiseAll(items) {
  const values = [];
  for (const item of items) values.push(await item);
  return values;
}
