// Keep every value; sort a copy whenever the median is asked for. O(n log n) per median.
class MedianTracker {
  constructor() {
    this.values = [];
  }

  add(value) {
    this.values.push(value);
  }

  median() {
    const sorted = [...this.values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
