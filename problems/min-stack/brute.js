// A plain array; getMin looks at every value. O(n) for getMin.
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
    let min = this.values[0];
    for (const value of this.values) if (value < min) min = value;
    return min;
  }
}
