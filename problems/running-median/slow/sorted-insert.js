// Right, and the median is O(1), but each add finds its place by binary search and then
// splices it into a sorted array, which moves O(n) elements.
class MedianTracker {
  constructor() {
    this.sorted = [];
  }

  add(value) {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid] < value) low = mid + 1;
      else high = mid;
    }
    this.sorted.splice(low, 0, value);
  }

  median() {
    const n = this.sorted.length;
    const mid = n >> 1;
    return n % 2 === 1 ? this.sorted[mid] : (this.sorted[mid - 1] + this.sorted[mid]) / 2;
  }
}
