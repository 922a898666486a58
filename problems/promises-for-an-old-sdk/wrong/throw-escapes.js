// Calls fn outside the promise's executor: when the old function throws, the error escapes the call instead of rejecting the promise.
function promisify(fn) {
  return function (...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    fn.call(this, ...args, (err, value) => {
      if (err !== null && err !== undefined) reject(err);
      else resolve(value);
    });
    return promise;
  };
}
