// Every score so far, sorted from largest at each add: O(n log n) per add.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.scores = [...scores];
  }

  add(score) {
    this.scores.push(score);
    if (this.scores.length < this.k) return null;
    const sorted = [...this.scores].sort((a, b) => b - a);
    return sorted[this.k - 1];
  }
}
