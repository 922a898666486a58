// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: memoizes one of a fixed set of functions, `memoize(fn)` when resolver
   * is null or `memoize(fn, resolvers[resolver])`, then makes the calls. A call is
   * [receiver, args]: receiver null calls the memoized function plainly, a name calls it as
   * a method of the receiver object with that name (one fixed object per name). In args,
   * `{ ref: "a" }` stands for one fixed object per name; any other object or array is a new
   * object at each call. Each call's result is reported as is, or as { error: name } when it
   * throws; `calls` counts how many times fn itself ran.
   */
  globalThis.runMemoize = function runMemoize(target, resolver, steps) {
    let calls = 0;
    const receivers = new Map();
    const names = new Map();
    const refs = new Map();
    const receiver = (name) => {
      if (!receivers.has(name)) {
        const object = { name };
        receivers.set(name, object);
        names.set(object, name);
      }
      return receivers.get(name);
    };
    const ref = (name) => {
      if (!refs.has(name)) refs.set(name, { ref: name });
      return refs.get(name);
    };
    const targets = {
      count() {
        calls += 1;
        return calls;
      },
      self() {
        calls += 1;
        return [names.has(this) ? names.get(this) : null, calls];
      },
      add(a, b) {
        calls += 1;
        return a + b;
      },
      zero() {
        calls += 1;
        return 0;
      },
      nothing() {
        calls += 1;
        return undefined;
      },
      risky(x) {
        calls += 1;
        if (x < 0) throw new RangeError('negative');
        return calls;
      },
    };
    const resolvers = {
      first: (a) => a,
      sum: (a, b) => a + b,
      receiver() {
        return names.has(this) ? names.get(this) : null;
      },
    };
    const fn = targets[target];
    const memoized = resolver === null ? memoize(fn) : memoize(fn, resolvers[resolver]);
    if (typeof memoized !== 'function') throw new Error('memoize must return a function');
    const isRef = (value) =>
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).length === 1 &&
      typeof value.ref === 'string';
    const results = [];
    for (const [name, args] of steps) {
      const actual = [];
      for (const arg of args) actual[actual.length] = isRef(arg) ? ref(arg.ref) : arg;
      let result;
      try {
        result = name === null ? memoized(...actual) : Reflect.apply(memoized, receiver(name), actual);
      } catch (error) {
        result = { error: error instanceof Error ? error.name : String(error) };
      }
      results[results.length] = result;
    }
    return { results, calls };
  };
})();
