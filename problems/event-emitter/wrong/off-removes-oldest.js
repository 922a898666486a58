// off removes the oldest registration of the listener instead of the most recent one.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  on(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: false, fired: false });
    return this;
  }
  once(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: true, fired: false });
    return this;
  }
  off(event, listener) {
    const list = this.events.get(event) ?? [];
    const at = list.findIndex((r) => r.listener === listener);
    if (at >= 0) list.splice(at, 1);
    return this;
  }
  emit(event, ...args) {
    const list = this.events.get(event) ?? [];
    if (list.length === 0) return false;
    for (const r of [...list]) {
      if (r.once) {
        if (r.fired) continue;
        r.fired = true;
        const live = this.events.get(event);
        if (live.includes(r)) live.splice(live.indexOf(r), 1);
      }
      r.listener.apply(this, args);
    }
    return true;
  }
  listenerCount(event) {
    return (this.events.get(event) ?? []).length;
  }
}
