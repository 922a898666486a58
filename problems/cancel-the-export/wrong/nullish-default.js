// Uses `reason ?? new Error(...)`: cancel(null) gets the default error instead of null.
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
    if (signal.cancelled) return;
    signal.cancelled = true;
    signal.reason = reason ?? new Error('cancelled');
    for (const [key, listener] of signal.listeners) {
      signal.listeners.delete(key);
      listener(signal.reason);
    }
  }
}
