// Right, but filters the whole history at every getHits: O(visits so far) per call.
class VisitCounter {
  constructor() {
    this.times = [];
  }

  hit(timestamp) {
    this.times.push(timestamp);
  }

  getHits(timestamp) {
    return this.times.filter((time) => timestamp - time < 300).length;
  }
}
