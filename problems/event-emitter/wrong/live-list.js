// Walks the live array by index: when a listener removes itself (or a once listener is
// removed), the next one shifts into its place and is skipped; listeners added during the
// emit are called by it.
class EventEmitter {
  constructor() {
    this.events = {};
  }
  on(event, listener) {
    if (!this.events[event]) this.events[event] = [];
    this.events[event].push({ listener, once: false });
    return this;
  }
  once(event, listener) {
    if (!this.events[event]) this.events[event] = [];
    this.events[event].push({ listener, once: true });
    return this;
  }
  off(event, listener) {
    const list = this.events[event] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }
  emit(event, ...args) {
    const list = this.events[event] ?? [];
    if (list.length === 0) return false;
    for (let i = 0; i < list.length; i++) {
      const { listener, once } = list[i];
      if (once) this.off(event, listener);
      listener.apply(this, args);
    }
    return true;
  }
  listenerCount(event) {
    return (this.events[event] ?? []).length;
  }
}
