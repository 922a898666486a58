(() => {
  /**
   * The tests' driver: curries one of a fixed set of functions, `curry(fn)` when arity is
   * null or `curry(fn, arity)`, then makes the steps' calls. Step [from, args] calls value
   * `from` with args: value 0 is the curried function, value k the result of step k. Each
   * step's result is reported as is, or as '<function>' when it is a function; `calls`
   * counts how many times fn itself ran.
   */
  globalThis.runCurry = function runCurry(target, arity, steps) {
    let calls = 0;
    const targets = {
      sum3: (a, b, c) => {
        calls += 1;
        return a + b + c;
      },
      list3: (a, b, c) => {
        calls += 1;
        return [a, b, c];
      },
      list4: (a, b, c, d) => {
        calls += 1;
        return [a, b, c, d];
      },
      one: (x) => {
        calls += 1;
        return ['one', x];
      },
      zero: () => {
        calls += 1;
        return 'called';
      },
      variadic: (...xs) => {
        calls += 1;
        return xs;
      },
      rest2: (a, b, ...rest) => {
        calls += 1;
        return [a, b, rest];
      },
      defaults: (a, b = 10) => {
        calls += 1;
        return [a, b];
      },
    };
    const curried = arity === null ? curry(targets[target]) : curry(targets[target], arity);
    const values = [curried];
    const results = [];
    for (const [from, args] of steps) {
      const f = values[from];
      let value;
      if (typeof f !== 'function') value = { error: 'not a function' };
      else {
        try {
          value = f(...args);
        } catch (error) {
          value = { error: error instanceof Error ? error.name : String(error) };
        }
      }
      values[values.length] = value;
      results[results.length] = typeof value === 'function' ? '<function>' : value;
    }
    return { results, calls };
  };
})();
