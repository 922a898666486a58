// Flips the comparison and keeps a max-heap: it throws away the largest score, so it
// keeps the k smallest and answers the largest of those.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.top = [];
    for (const score of scores) this.add(score);
  }

  add(score) {
    this.top.push(score);
    this.top.sort((a, b) => a - b);
    if (this.top.length > this.k) this.top.pop();
    return this.top.length < this.k ? null : this.top[this.top.length - 1];
  }
}
