// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /**
   * The tests' driver: wraps the candidate's PeekingIterator around a source iterator that
   * yields `values`, then (when `endless`) 1, 2, 3, … forever. The source counts how often
   * it is read, and throws if it is read again after it has said done.
   *
   * peek, next and hasNext answer what the candidate's method returned, or { error: name }
   * when it threw; pulled answers how many times the source has been read so far.
   */
  globalThis.PeekTest = class PeekTest {
    constructor(values, endless) {
      let index = 0;
      let finished = false;
      let reads = 0;
      const source = {
        next() {
          if (finished) throw new Error('the source was read again after it said done');
          reads += 1;
          if (index < values.length) {
            index += 1;
            return { value: values[index - 1], done: false };
          }
          if (endless) {
            index += 1;
            return { value: index - values.length, done: false };
          }
          finished = true;
          return { value: undefined, done: true };
        },
        [Symbol.iterator]() {
          return this;
        },
      };
      this.reads = () => reads;
      this.iterator = new PeekingIterator(source);
    }

    call(method) {
      try {
        return this.iterator[method]();
      } catch (error) {
        return { error: error instanceof Error ? error.name : String(error) };
      }
    }

    peek() {
      return this.call('peek');
    }

    next() {
      return this.call('next');
    }

    hasNext() {
      return this.call('hasNext');
    }

    pulled() {
      return this.reads();
    }
  };
})();
