// Stores a listener added after the signal was cancelled like any other: it is never called, so work started late never learns it should stop.
class CancelSignal {
  constructor() {
    this.cancelled = false;
    this.reason = undefined;
    this.listeners = new Map();
  }

  onCancel(listener) {
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
    signal.reason = reason === undefined ? new Error('cancelled') : reason;
    for (const [key, listener] of signal.listeners) {
      signal.listeners.delete(key);
      listener(signal.reason);
    }
  }
}
