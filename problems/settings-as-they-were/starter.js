class SettingsHistory {
  constructor() {
    // Your code here
  }

  /**
   * @param {string} key
   * @param {string} value
   * @param {number} timestamp later than every earlier set of the same key
   * @return {void}
   */
  set(key, value, timestamp) {
    // Your code here
  }

  /**
   * @param {string} key
   * @param {number} timestamp
   * @return {string | null} the value key had at timestamp, or null
   */
  get(key, timestamp) {
    // Your code here
  }
}
