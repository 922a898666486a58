// Each call makes its own promise and its own callback, so calls never share state. The
// old function runs inside the executor: if it throws, the promise rejects. A promise
// settles once, so a second call of the callback (or a throw after it) changes nothing.
function promisify(fn) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (err, value) => {
        if (err !== null && err !== undefined) reject(err);
        else resolve(value);
      });
    });
  };
}
