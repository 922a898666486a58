// Assumes the old function takes exactly one argument before the callback, like readFile(path, cb).
function promisify(fn) {
  return function (arg) {
    return new Promise((resolve, reject) => {
      fn.call(this, arg, (err, value) => {
        if (err !== null && err !== undefined) reject(err);
        else resolve(value);
      });
    });
  };
}
