// Right, but drops old visits with Array.prototype.shift, which moves every remaining
// element: O(visits in the window) per dropped visit.
class VisitCounter {
  constructor() {
    this.times = [];
  }

  hit(timestamp) {
    this.times.push(timestamp);
  }

  getHits(timestamp) {
    while (this.times.length > 0 && this.times[0] <= timestamp - 300) this.times.shift();
    return this.times.length;
  }
}
