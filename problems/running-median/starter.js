class MedianTracker {
  constructor() {
    // Your code here
  }

  /**
   * @param {number} value one measurement
   * @return {void}
   */
  add(value) {
    // Your code here
  }

  /** @return {number} the median of every value added so far */
  median() {
    // Your code here
  }
}
