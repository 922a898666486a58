// Keeps the scores in a Set: equal scores count once, so ties push the cutoff down.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.scores = new Set(scores);
  }

  add(score) {
    this.scores.add(score);
    const sorted = [...this.scores].sort((a, b) => b - a);
    return sorted.length < this.k ? null : sorted[this.k - 1];
  }
}
