type Listener = (...args: unknown[]) => void;

class EventEmitter {
  on(event: string, listener: Listener): this {
    // Your code here
  }

  /** Like on, but the registration is removed just before its first call. */
  once(event: string, listener: Listener): this {
    // Your code here
  }

  /** Removes the most recent registration of listener for event. */
  off(event: string, listener: Listener): this {
    // Your code here
  }

  /** Whether the event had listeners. */
  emit(event: string, ...args: unknown[]): boolean {
    // Your code here
  }

  listenerCount(event: string): number {
    // Your code here
  }
}
