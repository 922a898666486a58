// Right, but sorts every value again for each median: O(n log n) per call.
class MedianTracker {
  constructor() {
    this.values = [];
  }

  add(value) {
    this.values.push(value);
  }

  median() {
    const sorted = this.values.slice().sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
