// Bug: `this.mins[this.mins.length - 1] || value` treats a current minimum of 0 as "no minimum yet".
class MinStack {
  constructor() {
    this.stack = [];
    this.mins = [];
  }

  push(value) {
    const current = this.mins[this.mins.length - 1] || value;
    this.stack.push(value);
    this.mins.push(Math.min(current, value));
  }

  pop() {
    this.mins.pop();
    return this.stack.pop();
  }

  top() {
    return this.stack[this.stack.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
