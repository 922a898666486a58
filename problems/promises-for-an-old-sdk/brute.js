// The same with an explicit "settled" flag and try/catch instead of relying on the
// promise settling once and on the executor catching throws. The arrow functions see the
// `this` of promisified.
function promisify(fn) {
  return function promisified(...args) {
    return new Promise((resolve, reject) => {
      let settled = false;
      const callback = (...results) => {
        if (settled) return;
        settled = true;
        const err = results[0];
        if (err === null || err === undefined) resolve(results[1]);
        else reject(err);
      };
      try {
        fn.apply(this, [...args, callback]);
      } catch (error) {
        if (!settled) {
          settled = true;
          reject(error);
        }
      }
    });
  };
}
