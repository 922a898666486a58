// Calls the listeners with forEach over the live array while off() splices it: a listener that removes an earlier one makes the next one be skipped.
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
    const entry = { listener };
    this.listeners.push(entry);
    return () => {
      const i = this.listeners.indexOf(entry);
      if (i !== -1) this.listeners.splice(i, 1);
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
    signal.listeners.forEach((entry) => {
      entry.listener(signal.reason);
    });
    signal.listeners = [];
  }
}
