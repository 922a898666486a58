// Bug: averages the two middle values with Math.floor, losing the .5 of an odd sum (and rounding negatives down).
class MedianTracker {
  constructor() {
    this.values = [];
  }

  add(value) {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.values[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    this.values.splice(lo, 0, value);
  }

  median() {
    const n = this.values.length;
    const m = n >> 1;
    if (n % 2 === 1) return this.values[m];
    return Math.floor((this.values[m - 1] + this.values[m]) / 2);
  }
}
