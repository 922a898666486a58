// Bug: once wraps the listener and the wrapper removes itself with off(event, listener), which removes the most recent registration of the listener, not necessarily the once one.
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
    let fired = false;
    const wrapper = (...args) => {
      if (fired) return;
      fired = true;
      this.off(event, listener);
      listener(...args);
    };
    wrapper.original = listener;
    return this.on(event, wrapper);
  }
  off(event, listener) {
    const list = this.events.get(event);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].original === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }
  emit(event, ...args) {
    const list = this.events.get(event);
    if (!list || list.length === 0) return false;
    for (const f of [...list]) f(...args);
    return true;
  }
  listenerCount(event) {
    return this.events.get(event)?.length ?? 0;
  }
}
