class CancelSignal {
  constructor() {
    /** @type {boolean} */
    this.cancelled = false;
    /** @type {unknown} */
    this.reason = undefined;
  }

  /**
   * @param {(reason: unknown) => void} listener
   * @return {() => void} off: removes this listener
   */
  onCancel(listener) {
    // Your code here
  }

  /** Throws the reason if the signal is cancelled. */
  throwIfCancelled() {
    // Your code here
  }
}

class CancelController {
  constructor() {
    this.signal = new CancelSignal();
  }

  /** @param {unknown} [reason] */
  cancel(reason) {
    // Your code here
  }
}
