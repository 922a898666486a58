// Next to each value, remember the minimum of the stack from the bottom up to it: the
// minimum after a pop is then already known. O(1) per operation, O(n) space.
class MinStack {
  constructor() {
    this.values = [];
    this.minimums = [];
  }

  push(value) {
    const below = this.minimums.length > 0 ? this.minimums[this.minimums.length - 1] : value;
    this.values.push(value);
    this.minimums.push(Math.min(value, below));
  }

  pop() {
    this.minimums.pop();
    return this.values.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.minimums[this.minimums.length - 1];
  }
}
