// Awaits the items in list order and returns the first that fulfils: the first in the list, not the first in time, and only after every earlier one has settled.
async function promiseAny(items) {
  const reasons = [];
  for (const item of items) {
    try {
      return await item;
    } catch (reason) {
      reasons.push(reason);
    }
  }
  throw new AggregateError(reasons, 'All promises were rejected');
}
