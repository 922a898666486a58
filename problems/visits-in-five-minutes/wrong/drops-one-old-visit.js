// Drops old visits with `if` instead of `while`: only one leaves the window per call, so
// after a quiet spell stale visits are still counted.
class VisitCounter {
  constructor() {
    this.times = [];
    this.head = 0;
  }

  hit(timestamp) {
    this.times.push(timestamp);
    if (this.times[this.head] <= timestamp - 300) this.head += 1;
  }

  getHits(timestamp) {
    if (this.head < this.times.length && this.times[this.head] <= timestamp - 300) this.head += 1;
    return this.times.length - this.head;
  }
}
