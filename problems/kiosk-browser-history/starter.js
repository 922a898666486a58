class BrowserHistory {
  /** @param {string} homepage */
  constructor(homepage) {
    // Your code here
  }

  /**
   * @param {string} url
   * @return {void}
   */
  visit(url) {
    // Your code here
  }

  /**
   * @param {number} steps
   * @return {string} the page shown after going back
   */
  back(steps) {
    // Your code here
  }

  /**
   * @param {number} steps
   * @return {string} the page shown after going forward
   */
  forward(steps) {
    // Your code here
  }
}
