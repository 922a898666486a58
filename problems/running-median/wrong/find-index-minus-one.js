// Bug: inserts at findIndex(x > value), which is -1 for a new largest value, so splice puts it before the last element.
class MedianTracker {
  constructor() {
    this.values = [];
  }

  add(value) {
    const at = this.values.findIndex((x) => x > value);
    this.values.splice(at, 0, value);
  }

  median() {
    const n = this.values.length;
    const m = n >> 1;
    return n % 2 === 1 ? this.values[m] : (this.values[m - 1] + this.values[m]) / 2;
  }
}
