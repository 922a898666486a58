// The signal keeps its listeners in a Map under a fresh key each, so `off` removes exactly
// its own registration in O(1), and a Map being iterated skips entries deleted before they
// are reached. Cancelling sets the state first, then calls each listener once, in order.
// A listener added once the signal is cancelled is called at once instead of stored.
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
    signal.reason = reason === undefined ? new Error('cancelled') : reason;
    for (const [key, listener] of signal.listeners) {
      signal.listeners.delete(key);
      listener(signal.reason);
    }
  }
}
