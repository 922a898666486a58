// Every visit ever kept, counted from scratch at each getHits: O(visits so far) per call.
class VisitCounter {
  constructor() {
    this.times = [];
  }

  hit(timestamp) {
    this.times.push(timestamp);
  }

  getHits(timestamp) {
    let count = 0;
    for (const time of this.times) if (time > timestamp - 300 && time <= timestamp) count += 1;
    return count;
  }
}
