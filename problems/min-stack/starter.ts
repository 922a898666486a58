class MinStack {
  constructor() {
    // Your code here
  }

  push(value: number): void {
    // Your code here
  }

  /** Removes the value on top and returns it. */
  pop(): number {
    // Your code here
  }

  /** The value on top, left in place. */
  top(): number {
    // Your code here
  }

  /** The smallest value in the stack. */
  getMin(): number {
    // Your code here
  }
}
