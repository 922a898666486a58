// Bug: off removes the OLDEST registration of the listener instead of the most recent one.
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
    const i = list.findIndex((r) => r.listener === listener);
    if (i !== -1) list.splice(i, 1);
    return this;
  }
  emit(event, ...args) {
    const list = this.events.get(event);
    if (!list || list.length === 0) return false;
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
    return this.events.get(event)?.length ?? 0;
  }
}
