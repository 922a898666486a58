// Bug: pushes onto the min stack only when value < min, so a repeated minimum is forgotten when one copy is popped.
class MinStack {
  constructor() {
    this.stack = [];
    this.mins = [];
  }

  push(value) {
    this.stack.push(value);
    if (this.mins.length === 0 || value < this.mins[this.mins.length - 1]) this.mins.push(value);
  }

  pop() {
    const value = this.stack.pop();
    if (value === this.mins[this.mins.length - 1]) this.mins.pop();
    return value;
  }

  top() {
    return this.stack[this.stack.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
