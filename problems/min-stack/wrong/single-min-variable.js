// Bug: keeps one running minimum and never restores the previous one when the minimum is popped.
class MinStack {
  constructor() {
    this.stack = [];
    this.min = Number.POSITIVE_INFINITY;
  }

  push(value) {
    this.stack.push(value);
    if (value < this.min) this.min = value;
  }

  pop() {
    const value = this.stack.pop();
    if (this.stack.length === 0) this.min = Number.POSITIVE_INFINITY;
    return value;
  }

  top() {
    return this.stack[this.stack.length - 1];
  }

  getMin() {
    return this.min;
  }
}
