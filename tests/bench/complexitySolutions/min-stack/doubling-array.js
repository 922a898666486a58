// The values and the running minimums in fixed-size arrays that are copied into ones twice
// as large when full. A copy costs as much as the stack holds, but it comes after as many
// cheap pushes: amortised O(1) per operation.
class MinStack {
  constructor() {
    this.values = new Array(1);
    this.minimums = new Array(1);
    this.height = 0;
  }

  push(value) {
    if (this.height === this.values.length) {
      const values = new Array(2 * this.height);
      const minimums = new Array(2 * this.height);
      for (let i = 0; i < this.height; i++) {
        values[i] = this.values[i];
        minimums[i] = this.minimums[i];
      }
      this.values = values;
      this.minimums = minimums;
    }
    this.values[this.height] = value;
    this.minimums[this.height] = this.height === 0 ? value : Math.min(value, this.minimums[this.height - 1]);
    this.height++;
  }

  pop() {
    this.height--;
    return this.values[this.height];
  }

  top() {
    return this.values[this.height - 1];
  }

  getMin() {
    return this.minimums[this.height - 1];
  }
}
