// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  const describe = (reason) => (reason instanceof Error ? { error: reason.name, message: reason.message } : reason);

  /**
   * The tests' driver. The old SDK's function `read(...args, callback)` answers its k-th
   * call as calls[k][1] says: a list of replies, each [delayMs, err, ...values] (calls
   * callback(err, ...values) after delayMs, or during the call when delayMs is null) or
   * ['throw', reason] (throws reason at that point of the call). The driver sets
   * station.read = promisify(read), calls station.read(...calls[k][0]) for every call at
   * time 0, and reports for each how its promise settled, when, and what `read` received.
   */
  globalThis.runPromisified = function runPromisified(calls) {
    const start = Date.now();
    const received = [];
    function read(...args) {
      const k = received.length;
      const callback = args.pop();
      received[k] = { this: this !== null && typeof this === 'object' ? (this.name ?? null) : null, args };
      if (typeof callback !== 'function') throw new TypeError('read: the last argument must be the callback');
      const replies = k < calls.length ? calls[k][1] : [];
      for (const reply of replies) {
        if (reply[0] === 'throw') throw reply[1];
        const [delayMs, ...rest] = reply;
        if (delayMs === null) callback(...rest);
        else setTimeout(() => callback(...rest), delayMs);
      }
    }
    const station = { name: 'roof station', read: promisify(read) };
    const results = [];
    let left = calls.length;
    return new Promise((resolve) => {
      if (left === 0) resolve(results);
      const done = (i, result) => {
        results[i] = result;
        left -= 1;
        if (left === 0) {
          for (let j = 0; j < results.length; j++) {
            const seen = received[j] ?? { this: null, args: null };
            results[j].this = seen.this;
            results[j].args = seen.args;
          }
          resolve(results);
        }
      };
      for (let i = 0; i < calls.length; i++) {
        Promise.resolve(station.read(...calls[i][0])).then(
          (value) => done(i, { status: 'fulfilled', value, at: Date.now() - start }),
          (reason) => done(i, { status: 'rejected', reason: describe(reason), at: Date.now() - start }),
        );
      }
    });
  };
})();
