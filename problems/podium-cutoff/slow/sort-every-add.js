// Right, but sorts every score so far at each add: O(n log n) per add.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.scores = scores.slice();
  }

  add(score) {
    this.scores.push(score);
    this.scores.sort((a, b) => b - a);
    return this.scores.length >= this.k ? this.scores[this.k - 1] : null;
  }
}
