class SettingsHistory {
  constructor() {
    // Your code here
  }

  /** Sets key to value at timestamp, later than every earlier set of the same key. */
  set(key: string, value: string, timestamp: number): void {
    // Your code here
  }

  /** The value key had at timestamp, or null if it had none yet. */
  get(key: string, timestamp: number): string | null {
    // Your code here
  }
}
