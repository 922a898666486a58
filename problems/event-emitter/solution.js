// One array of registrations per event. emit walks a copy, so listeners added or removed
// while it runs do not disturb it. A once registration is taken off the list just before
// its call and marked as fired, so that it never runs twice, even when emits nest.
class EventEmitter {
  #events = new Map();

  on(event, listener) {
    return this.#add(event, { listener, once: false, fired: false });
  }

  once(event, listener) {
    return this.#add(event, { listener, once: true, fired: false });
  }

  off(event, listener) {
    const list = this.#events.get(event);
    if (!list) return this;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    if (list.length === 0) this.#events.delete(event);
    return this;
  }

  emit(event, ...args) {
    const list = this.#events.get(event);
    if (!list) return false;
    for (const registration of [...list]) {
      if (registration.once) {
        if (registration.fired) continue;
        registration.fired = true;
        this.#remove(event, registration);
      }
      registration.listener.apply(this, args);
    }
    return true;
  }

  listenerCount(event) {
    return this.#events.get(event)?.length ?? 0;
  }

  #add(event, registration) {
    if (!this.#events.has(event)) this.#events.set(event, []);
    this.#events.get(event).push(registration);
    return this;
  }

  #remove(event, registration) {
    const list = this.#events.get(event);
    const at = list ? list.indexOf(registration) : -1;
    if (at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) this.#events.delete(event);
  }
}
