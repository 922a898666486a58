// Bug: the "store value - min" trick, but top() returns min + diff even when a negative diff marks the top as the minimum itself.
class MinStack {
  constructor() {
    this.stack = [];
    this.min = 0;
  }

  push(value) {
    if (this.stack.length === 0) {
      this.stack.push(0);
      this.min = value;
    } else {
      this.stack.push(value - this.min);
      if (value < this.min) this.min = value;
    }
  }

  pop() {
    const diff = this.stack.pop();
    if (diff < 0) {
      const value = this.min;
      this.min = this.min - diff;
      return value;
    }
    return this.min + diff;
  }

  top() {
    const diff = this.stack[this.stack.length - 1];
    return this.min + diff;
  }

  getMin() {
    return this.min;
  }
}
