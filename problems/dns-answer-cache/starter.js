class ExpiringCache {
  /**
   * @param {number} capacity the most live entries the cache holds
   * @param {number} ttl how long an entry lives after it is put
   */
  constructor(capacity, ttl) {
    // Your code here
  }

  /**
   * @param {number} key
   * @param {number} now the current time
   * @return {number} the live value, or -1
   */
  get(key, now) {
    // Your code here
  }

  /**
   * @param {number} key
   * @param {number} value
   * @param {number} now the current time
   * @return {void}
   */
  put(key, value, now) {
    // Your code here
  }
}
