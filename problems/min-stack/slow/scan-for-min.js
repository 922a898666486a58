// Right, but getMin spreads the whole stack into Math.min: O(n) per call.
class MinStack {
  constructor() {
    this.values = [];
  }

  push(value) {
    this.values.push(value);
  }

  pop() {
    return this.values.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return Math.min(...this.values);
  }
}
