// Every registration of every event in one list, numbered in the order they were made, and
// never reordered: emit filters the live ones for its event, off marks the newest match as
// removed.
class EventEmitter {
  constructor() {
    this.registrations = [];
  }

  on(event, listener) {
    this.registrations.push({ event, listener, once: false, live: true, fired: false });
    return this;
  }

  once(event, listener) {
    this.registrations.push({ event, listener, once: true, live: true, fired: false });
    return this;
  }

  off(event, listener) {
    const matches = this.registrations.filter((r) => r.live && r.event === event && r.listener === listener);
    if (matches.length > 0) matches[matches.length - 1].live = false;
    return this;
  }

  emit(event, ...args) {
    const present = this.registrations.filter((r) => r.live && r.event === event);
    for (const r of present) {
      if (r.once) {
        if (r.fired) continue;
        r.fired = true;
        r.live = false;
      }
      r.listener.apply(this, args);
    }
    return present.length > 0;
  }

  listenerCount(event) {
    return this.registrations.filter((r) => r.live && r.event === event).length;
  }
}
