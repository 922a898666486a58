// Before there are k scores, answers the smallest score so far instead of null.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.top = [];
    for (const score of scores) this.add(score);
  }

  add(score) {
    this.top.push(score);
    this.top.sort((a, b) => a - b);
    if (this.top.length > this.k) this.top.shift();
    return this.top[0];
  }
}
