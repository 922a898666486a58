// Keeps the seconds in a Set: several visits in the same second count as one.
class VisitCounter {
  constructor() {
    this.seconds = new Set();
  }

  hit(timestamp) {
    this.seconds.add(timestamp);
  }

  getHits(timestamp) {
    for (const second of this.seconds) if (second <= timestamp - 300) this.seconds.delete(second);
    return this.seconds.size;
  }
}
