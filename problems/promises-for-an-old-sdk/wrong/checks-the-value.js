// Decides by the value instead of by err: a success that calls back with no value (cb(null)) is taken for a failure.
function promisify(fn) {
  return function (...args) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (err, value) => {
        if (value !== undefined) resolve(value);
        else reject(err);
      });
    });
  };
}
