// Keeps a single running minimum: correct while values only arrive, but after popping the
// minimum it still reports the value that left.
class MinStack {
  constructor() {
    this.values = [];
    this.min = Number.POSITIVE_INFINITY;
  }

  push(value) {
    this.values.push(value);
    if (value < this.min) this.min = value;
  }

  pop() {
    return this.values.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.min;
  }
}
