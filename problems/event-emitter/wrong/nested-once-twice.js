// Bug: a once registration is removed before its call, but the outer emit's snapshot still calls it if a nested emit already did.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  on(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: false });
    return this;
  }
  once(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: true });
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
    const list = this.events.get(event);
    if (!list || list.length === 0) return false;
    for (const r of [...list]) {
      if (r.once) {
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
