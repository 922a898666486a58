// The tests' driver, published on globalThis (a candidate's own declaration of the same
// name would shadow it instead of failing): puts the items on a new belt array, calls the
// candidate's sortBelt(belt), ignores what it returns, and reads the belt back, so only
// sorting the given array in place counts.
(() => {
  globalThis.sortBeltOf = function sortBeltOf(items) {
    const belt = [];
    for (let i = 0; i < items.length; i++) belt[belt.length] = items[i];
    sortBelt(belt);
    if (!Array.isArray(belt) || belt.length !== items.length) {
      throw new Error(`sortBelt changed the belt's length from ${items.length} to ${belt.length}`);
    }
    return belt;
  };
})();
