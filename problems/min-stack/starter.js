class MinStack {
  constructor() {
    // Your code here
  }

  /**
   * @param {number} value
   * @return {void}
   */
  push(value) {
    // Your code here
  }

  /** @return {number} the value removed from the top */
  pop() {
    // Your code here
  }

  /** @return {number} the value on top, left in place */
  top() {
    // Your code here
  }

  /** @return {number} the smallest value in the stack */
  getMin() {
    // Your code here
  }
}
