// A queue of visit times, oldest first, in an array with a moving head: times never go
// down, so the visits that have left the window are always at the front. Each visit is
// added once and passed over once: O(1) amortized per call.
class VisitCounter {
  constructor() {
    this.times = [];
    this.head = 0;
  }

  dropOld(timestamp) {
    while (this.head < this.times.length && this.times[this.head] <= timestamp - 300) this.head += 1;
  }

  hit(timestamp) {
    this.times.push(timestamp);
    this.dropOld(timestamp);
  }

  getHits(timestamp) {
    this.dropOld(timestamp);
    return this.times.length - this.head;
  }
}
