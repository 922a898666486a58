class EventEmitter {
  /**
   * @param {string} event
   * @param {(...args: unknown[]) => void} listener
   * @return {EventEmitter} this emitter, for chaining
   */
  on(event, listener) {
    // Your code here
  }

  /**
   * Like on, but the registration is removed just before its first call.
   * @param {string} event
   * @param {(...args: unknown[]) => void} listener
   * @return {EventEmitter}
   */
  once(event, listener) {
    // Your code here
  }

  /**
   * Removes the most recent registration of listener for event.
   * @param {string} event
   * @param {(...args: unknown[]) => void} listener
   * @return {EventEmitter}
   */
  off(event, listener) {
    // Your code here
  }

  /**
   * @param {string} event
   * @param {...unknown} args
   * @return {boolean} whether the event had listeners
   */
  emit(event, ...args) {
    // Your code here
  }

  /**
   * @param {string} event
   * @return {number}
   */
  listenerCount(event) {
    // Your code here
  }
}
