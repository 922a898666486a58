class LRUCache {
  constructor(capacity: number) {
    // Your code here
  }

  /** The value, or -1 when the key is not cached. */
  get(key: number): number {
    // Your code here
  }

  put(key: number, value: number): void {
    // Your code here
  }
}
