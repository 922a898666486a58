// Off by one at the edge of the window: a visit exactly 300 seconds ago still counts.
class VisitCounter {
  constructor() {
    this.times = [];
    this.head = 0;
  }

  hit(timestamp) {
    this.times.push(timestamp);
  }

  getHits(timestamp) {
    while (this.head < this.times.length && timestamp - this.times[this.head] > 300) this.head += 1;
    return this.times.length - this.head;
  }
}
