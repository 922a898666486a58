// once wraps the listener in a function that removes itself and then calls it, but keeps
// no "already fired" mark: an outer emit that copied the list before a nested emit fired
// the once listener calls it a second time. off cannot find a once listener by the
// original function either.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  on(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push(listener);
    return this;
  }
  once(event, listener) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      listener.apply(this, args);
    };
    return this.on(event, wrapper);
  }
  off(event, listener) {
    const list = this.events.get(event) ?? [];
    const at = list.lastIndexOf(listener);
    if (at >= 0) list.splice(at, 1);
    return this;
  }
  emit(event, ...args) {
    const list = this.events.get(event) ?? [];
    if (list.length === 0) return false;
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }
  listenerCount(event) {
    return (this.events.get(event) ?? []).length;
  }
}
