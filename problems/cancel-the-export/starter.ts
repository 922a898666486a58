class CancelSignal {
  cancelled = false;
  reason: unknown = undefined;

  /** Calls `listener(reason)` when the signal is cancelled; returns `off`, which removes it. */
  onCancel(listener: (reason: unknown) => void): () => void {
    // Your code here
  }

  /** Throws the reason if the signal is cancelled. */
  throwIfCancelled(): void {
    // Your code here
  }
}

class CancelController {
  readonly signal = new CancelSignal();

  cancel(reason?: unknown): void {
    // Your code here
  }
}
