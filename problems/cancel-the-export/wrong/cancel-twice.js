// No guard in cancel: a second cancel replaces the reason and calls the listeners again.
class CancelSignal {
  constructor() {
    this.cancelled = false;
    this.reason = undefined;
    this.listeners = new Map();
  }

  onCancel(listener) {
    if (this.cancelled) {
      listener(this.reason);
      return () => {};
    }
    const key = {};
    this.listeners.set(key, listener);
    return () => {
      this.listeners.delete(key);
    };
  }

  throwIfCancelled() {
    if (this.cancelled) throw this.reason;
  }
}

class CancelController {
  constructor() {
    this.signal = new CancelSignal();
  }

  cancel(reason) {
    const signal = this.signal;
    signal.cancelled = true;
    signal.reason = reason === undefined ? new Error('cancelled') : reason;
    for (const [key, listener] of signal.listeners) {
      listener(signal.reason);
    }
  }
}
