class VisitCounter {
  constructor() {
    // Your code here
  }

  /**
   * @param {number} timestamp in seconds
   * @return {void}
   */
  hit(timestamp) {
    // Your code here
  }

  /**
   * @param {number} timestamp in seconds
   * @return {number} visits in the 300 seconds up to and including timestamp
   */
  getHits(timestamp) {
    // Your code here
  }
}
