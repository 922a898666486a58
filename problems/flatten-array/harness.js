(() => {
  // The tests' driver for flatten. Array.prototype.flat and flatMap are switched off before the
  // candidate's code runs, so the built-ins cannot do the work.
  for (const name of ['flat', 'flatMap']) {
    const off = () => {
      throw new Error(`Array.prototype.${name} is switched off in this problem: write it yourself`);
    };
    Object.defineProperty(off, 'name', { value: name });
    Object.defineProperty(Array.prototype, name, { value: off, writable: true, configurable: true, enumerable: false });
  }

  /**
   * Builds the input (the string '<empty>' marks a hole, at any depth), calls
   * flatten(array, depth) — or flatten(array) when depth is undefined — and returns its answer
   * with holes shown as '<empty>'. Changing the input, or returning it, is an error.
   */
  globalThis.runFlatten = function runFlatten(spec, depth) {
    const HOLE = '<empty>';
    const build = (value) => {
      if (!Array.isArray(value)) return value;
      const array = [];
      array.length = value.length;
      for (let i = 0; i < value.length; i++) if (value[i] !== HOLE) array[i] = build(value[i]);
      return array;
    };
    const same = (a, b) => {
      if (!Array.isArray(a) || !Array.isArray(b)) return Object.is(a, b);
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) {
        if (i in a !== i in b) return false;
        if (i in a && !same(a[i], b[i])) return false;
      }
      return true;
    };
    const show = (value) => {
      if (!Array.isArray(value)) return value;
      const shown = [];
      for (let i = 0; i < value.length; i++) shown[i] = i in value ? show(value[i]) : HOLE;
      return shown;
    };

    const input = build(spec);
    const untouched = build(spec);
    const result = depth === undefined ? flatten(input) : flatten(input, depth);
    if (!same(input, untouched)) throw new Error('flatten changed its input array: build a new one instead');
    if (result === input) throw new Error('flatten returned its input array: return a new array');
    return show(result);
  };
})();
