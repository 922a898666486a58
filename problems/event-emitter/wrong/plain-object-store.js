// Bug: keeps registrations in a plain object, so event names like "constructor" or "toString" find Object.prototype's properties.
class EventEmitter {
  constructor() {
    this.events = {};
  }
  on(event, listener) {
    if (!this.events[event]) this.events[event] = [];
    this.events[event].push({ listener, once: false, done: false });
    return this;
  }
  once(event, listener) {
    if (!this.events[event]) this.events[event] = [];
    this.events[event].push({ listener, once: true, done: false });
    return this;
  }
  off(event, listener) {
    const list = this.events[event];
    if (!list || !Array.isArray(list)) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }
  emit(event, ...args) {
    const list = this.events[event];
    if (!list || list.length === 0) return false;
    if (!Array.isArray(list)) return true;
    for (const r of [...list]) {
      if (r.once) {
        if (r.done) continue;
        r.done = true;
        const i = list.indexOf(r);
        if (i !== -1) list.splice(i, 1);
      }
      r.listener(...args);
    }
    return true;
  }
  listenerCount(event) {
    return this.events[event] ? this.events[event].length : 0;
  }
}
