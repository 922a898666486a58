// Sorts with the default comparison, which compares numbers as strings: 10 sorts before 9
// and -1 after -5.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.top = [];
    for (const score of scores) this.add(score);
  }

  add(score) {
    this.top.push(score);
    this.top.sort();
    if (this.top.length > this.k) this.top.shift();
    return this.top.length < this.k ? null : this.top[0];
  }
}
