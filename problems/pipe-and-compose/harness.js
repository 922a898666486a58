// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: builds pipe(...fns) or compose(...fns) from named functions once,
   * then calls the result with each argument list in `inputs` (the same function every
   * time), reporting each output, or { error: name } when a call throws.
   */
  globalThis.runPipeline = function runPipeline(kind, names, inputs) {
    const library = {
      inc: (x) => x + 1,
      double: (x) => x * 2,
      square: (x) => x * x,
      negate: (x) => -x,
      sum: (...xs) => {
        let total = 0;
        for (const x of xs) total += x;
        return total;
      },
      pair: (a, b) => [a, b],
      count: (...xs) => xs.length,
      wrap: (x) => [x],
    };
    const fns = [];
    for (const name of names) fns[fns.length] = library[name];
    const pipeline = kind === 'pipe' ? pipe(...fns) : compose(...fns);
    if (typeof pipeline !== 'function') throw new Error(`${kind} must return a function`);
    const outputs = [];
    for (const args of inputs) {
      let output;
      try {
        output = pipeline(...args);
      } catch (error) {
        output = { error: error instanceof Error ? error.name : String(error) };
      }
      outputs[outputs.length] = output;
    }
    return outputs;
  };
})();
