// Listeners in an array of records that are switched off instead of removed; cancelling
// walks a copy of the array and skips records switched off along the way.
class CancelSignal {
  constructor() {
    this.cancelled = false;
    this.reason = undefined;
    this.records = [];
  }

  onCancel(listener) {
    if (this.cancelled) {
      listener(this.reason);
      return () => {};
    }
    const record = { listener, active: true };
    this.records.push(record);
    return () => {
      record.active = false;
    };
  }

  throwIfCancelled() {
    if (this.cancelled === true) throw this.reason;
  }
}

class CancelController {
  constructor() {
    this.signal = new CancelSignal();
  }

  cancel(...args) {
    const signal = this.signal;
    if (signal.cancelled) return;
    signal.cancelled = true;
    signal.reason = args.length === 0 || args[0] === undefined ? new Error('cancelled') : args[0];
    const records = signal.records.slice();
    signal.records = [];
    for (const record of records) {
      if (!record.active) continue;
      record.active = false;
      record.listener(signal.reason);
    }
  }
}
