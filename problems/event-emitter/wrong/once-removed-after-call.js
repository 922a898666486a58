// Removes a once registration only after calling it: a once listener that emits its own
// event runs again inside that emit, and again, until the stack runs out.
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
    const list = this.events.get(event) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }
  emit(event, ...args) {
    const list = this.events.get(event) ?? [];
    if (list.length === 0) return false;
    for (const r of [...list]) {
      r.listener.apply(this, args);
      if (r.once) {
        const live = this.events.get(event);
        if (live.includes(r)) live.splice(live.indexOf(r), 1);
      }
    }
    return true;
  }
  listenerCount(event) {
    return (this.events.get(event) ?? []).length;
  }
}
