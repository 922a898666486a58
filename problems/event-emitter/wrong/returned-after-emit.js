// Bug: emit decides what to return AFTER calling the listeners, so an event whose only registrations were once ones returns false.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  on(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: false, done: false });
    return this;
  }
  once(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: true, done: false });
    return this;
  }
  off(event, listener) {
    const list = this.events.get(event);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }
  emit(event, ...args) {
    const list = this.events.get(event) || [];
    for (const r of [...list]) {
      if (r.once) {
        if (r.done) continue;
        r.done = true;
        const i = list.indexOf(r);
        if (i !== -1) list.splice(i, 1);
      }
      r.listener(...args);
    }
    return list.length > 0;
  }
  listenerCount(event) {
    return this.events.get(event)?.length ?? 0;
  }
}
