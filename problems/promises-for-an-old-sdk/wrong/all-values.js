// Fulfils with an array of everything after err, instead of with the first value.
function promisify(fn) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (err, ...values) => {
        if (err !== null && err !== undefined) reject(err);
        else resolve(values);
      });
    });
  };
}
