class LRUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    // Your code here
  }

  /**
   * @param {number} key
   * @return {number} the value, or -1 when the key is not cached
   */
  get(key) {
    // Your code here
  }

  /**
   * @param {number} key
   * @param {number} value
   * @return {void}
   */
  put(key, value) {
    // Your code here
  }
}
