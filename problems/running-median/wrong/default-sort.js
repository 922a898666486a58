// Bug: keeps the values sorted with the default sort(), which compares them as strings.
class MedianTracker {
  constructor() {
    this.values = [];
  }

  add(value) {
    this.values.push(value);
    this.values.sort();
  }

  median() {
    const n = this.values.length;
    const m = n >> 1;
    return n % 2 === 1 ? this.values[m] : (this.values[m - 1] + this.values[m]) / 2;
  }
}
