// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  // The tests' driver for myMap and myReduce, published on globalThis (a candidate's own
  // declaration of the same name shadows it instead of failing); the rest stays in this closure.

  // Array.prototype.map, reduce and reduceRight are switched off before the candidate's code
  // runs, so the built-ins cannot do the work.
  for (const name of ['map', 'reduce', 'reduceRight']) {
    const off = () => {
      throw new Error(`Array.prototype.${name} is switched off in this problem: write the loop yourself`);
    };
    Object.defineProperty(off, 'name', { value: name });
    Object.defineProperty(Array.prototype, name, { value: off, writable: true, configurable: true, enumerable: false });
  }

  /**
   * Calls myMap(array, callback, ...extra) or myReduce(array, callback, ...extra) (extra: [] or
   * [thisArg] for map, [] or [initialValue] for reduce) and reports
   * what it returned (or the name of the error it threw) and every call of the callback:
   * [value, index] for map, [accumulator, value, index] for reduce, with "not the array"
   * added when the callback was not given the original array as its last argument.
   * '<empty>' in the test's array marks a hole; holes in myMap's answer are shown the same way.
   */
  globalThis.runArrayMethod = function runArrayMethod(method, spec, callbackName, extra) {
    const HOLE = '<empty>';
    // Map callbacks get (value, index, array), reduce callbacks (accumulator, value, index,
    // array). The file is strict, so `this` is exactly what was passed.
    const mapCallbacks = {
      double: (x) => x * 2,
      index: (_x, i) => i,
      pair: (x, i) => [i, x],
      undefined: () => undefined,
      'this-value': function () {
        return this;
      },
      scale: function (x) {
        return x * this.factor;
      },
      push: (x, _i, array) => {
        array.push(x);
        return x;
      },
      pop: (x, _i, array) => {
        array.pop();
        return x;
      },
      'delete-next': (x, i, array) => {
        delete array[i + 1];
        return x;
      },
      'fill-next': (x, i, array) => {
        array[i + 1] = 'filled';
        return x;
      },
      'throw-at-1': (x, i) => {
        if (i === 1) throw new RangeError('the callback threw at index 1');
        return x;
      },
    };
    const reduceCallbacks = {
      sum: (acc, x) => acc + x,
      concat: (acc, x) => `${acc}${x}`,
      max: (acc, x) => Math.max(acc, x),
      indexes: (acc, _x, i) => [...acc, i],
      count: (acc) => acc + 1,
      push: (acc, x, _i, array) => {
        array.push(x);
        return acc + x;
      },
      pop: (acc, x, _i, array) => {
        array.pop();
        return acc + x;
      },
      'delete-next': (acc, x, i, array) => {
        delete array[i + 1];
        return acc + x;
      },
      'fill-next': (acc, x, i, array) => {
        array[i + 1] = 100;
        return acc + x;
      },
    };

    const array = [];
    array.length = spec.length;
    for (let i = 0; i < spec.length; i++) if (spec[i] !== HOLE) array[i] = spec[i];
    const calls = [];
    const table = method === 'map' ? mapCallbacks : reduceCallbacks;
    const named = Object.hasOwn(table, callbackName) ? table[callbackName] : null;
    let callback = named;
    if (named && method === 'map') {
      callback = function (value, index, arr) {
        calls[calls.length] = arr === array ? [value, index] : [value, index, 'not the array'];
        return named.call(this, value, index, arr);
      };
    } else if (named) {
      callback = (acc, value, index, arr) => {
        calls[calls.length] = arr === array ? [acc, value, index] : [acc, value, index, 'not the array'];
        return named(acc, value, index, arr);
      };
    }

    let result;
    try {
      result = method === 'map' ? myMap(array, callback, ...extra) : myReduce(array, callback, ...extra);
    } catch (error) {
      // Calling a switched-off built-in is reported as the run's error, with its message.
      if (error instanceof Error && error.message.includes('is switched off in this problem')) throw error;
      return { error: error instanceof Error ? error.constructor.name : String(error), calls };
    }
    if (method === 'map' && Array.isArray(result)) {
      const shown = [];
      for (let i = 0; i < result.length; i++) shown[i] = i in result ? result[i] : HOLE;
      result = shown;
    }
    return { result, calls };
  };
})();
