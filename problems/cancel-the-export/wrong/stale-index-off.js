// Keeps listeners in an array and has off() splice out the index the listener had when it was added: once an earlier listener is gone, off removes the wrong one.
class CancelSignal {
  constructor() {
    this.cancelled = false;
    this.reason = undefined;
    this.listeners = [];
  }

  onCancel(listener) {
    if (this.cancelled) {
      listener(this.reason);
      return () => {};
    }
    const index = this.listeners.length;
    this.listeners.push(listener);
    return () => {
      if (index < this.listeners.length) this.listeners.splice(index, 1);
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
    const listeners = signal.listeners;
    signal.listeners = [];
    for (const listener of listeners) listener(signal.reason);
  }
}
