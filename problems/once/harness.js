// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: wraps one of a fixed set of functions with `once(fn)`, then makes the
   * calls. A call is [receiver, args]: receiver null calls the wrapped function plainly, a
   * name calls it as a method of the receiver object with that name (one fixed object per
   * name). Each call's result is reported as is, or as { error: name } when it throws;
   * `calls` lists the calls fn itself received, as [receiverName or null, ...args].
   */
  globalThis.runOnce = function runOnce(target, steps) {
    const calls = [];
    const receivers = new Map();
    const names = new Map();
    const receiver = (name) => {
      if (!receivers.has(name)) {
        const object = { name };
        receivers.set(name, object);
        names.set(object, name);
      }
      return receivers.get(name);
    };
    const targets = {
      sum(...xs) {
        let total = 0;
        for (const x of xs) total += x;
        return total;
      },
      self() {
        return names.has(this) ? names.get(this) : null;
      },
      list(...xs) {
        return xs;
      },
      nothing() {
        return undefined;
      },
      zero() {
        return 0;
      },
      fail(...xs) {
        throw new RangeError(`failed with ${xs.length} arguments`);
      },
    };
    const body = targets[target];
    const fn = function (...args) {
      calls[calls.length] = [names.has(this) ? names.get(this) : null, ...args];
      return Reflect.apply(body, this, args);
    };
    const wrapped = once(fn);
    if (typeof wrapped !== 'function') throw new Error('once must return a function');
    const results = [];
    for (const [name, args] of steps) {
      let result;
      try {
        result = name === null ? wrapped(...args) : Reflect.apply(wrapped, receiver(name), args);
      } catch (error) {
        result = { error: error instanceof Error ? error.name : String(error) };
      }
      results[results.length] = result;
    }
    return { results, calls };
  };
})();
