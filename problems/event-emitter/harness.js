(() => {
  /**
   * The tests' driver: wraps the candidate's EventEmitter and stands in for listeners, which
   * are not plain data. A listener is named by a string id; the same id is always the same
   * function. `new EmitterTest(behaviours)` gives some ids actions, run in order each time the
   * listener is called: ['on' | 'once' | 'off', event, id] or ['emit', event, args].
   *
   * on/once/off answer whether the emitter returned itself (for chaining). emit(event, args)
   * calls the emitter's emit(event, ...args) and answers { returned, calls }, where calls
   * lists every listener call made during it, nested emits included, as [id, ...args].
   * listenerCount answers the count.
   */
  globalThis.EmitterTest = class EmitterTest {
    constructor(behaviours = {}) {
      this.emitter = new EventEmitter();
      this.behaviours = behaviours;
      this.functions = new Map();
      this.calls = [];
    }

    listener(id) {
      if (!this.functions.has(id)) {
        const actions = Object.hasOwn(this.behaviours, id) ? this.behaviours[id] : [];
        const listener = (...args) => {
          this.calls[this.calls.length] = [id, ...args];
          for (const [action, event, ...rest] of actions) {
            if (action === 'emit') this.emitter.emit(event, ...rest[0]);
            else this.emitter[action](event, this.listener(rest[0]));
          }
        };
        this.functions.set(id, listener);
      }
      return this.functions.get(id);
    }

    on(event, id) {
      return this.emitter.on(event, this.listener(id)) === this.emitter;
    }

    once(event, id) {
      return this.emitter.once(event, this.listener(id)) === this.emitter;
    }

    off(event, id) {
      return this.emitter.off(event, this.listener(id)) === this.emitter;
    }

    emit(event, args) {
      this.calls = [];
      const returned = this.emitter.emit(event, ...args);
      const calls = this.calls;
      this.calls = [];
      return { returned, calls };
    }

    listenerCount(event) {
      return this.emitter.listenerCount(event);
    }
  };
})();
