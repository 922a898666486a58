// A second stack of minimums that only records a value strictly below the current minimum,
// and drops its top when that value is popped: a repeated minimum is recorded once, so
// popping one copy forgets the other.
class MinStack {
  constructor() {
    this.values = [];
    this.minimums = [];
  }

  push(value) {
    this.values.push(value);
    if (this.minimums.length === 0 || value < this.minimums[this.minimums.length - 1]) this.minimums.push(value);
  }

  pop() {
    const value = this.values.pop();
    if (value === this.minimums[this.minimums.length - 1]) this.minimums.pop();
    return value;
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.minimums[this.minimums.length - 1];
  }
}
