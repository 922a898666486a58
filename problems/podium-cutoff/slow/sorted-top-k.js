// Right, but keeps the top k in a sorted array, finding the place by binary search and
// inserting with splice, which moves the elements after it: O(k) per add.
class ScoreCutoff {
  constructor(k, scores) {
    this.k = k;
    this.top = []; // ascending: top[0] is the k-th largest once there are k
    for (const score of scores) this.add(score);
  }

  add(score) {
    let lo = 0;
    let hi = this.top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.top[mid] < score) lo = mid + 1;
      else hi = mid;
    }
    this.top.splice(lo, 0, score);
    if (this.top.length > this.k) this.top.shift();
    return this.top.length < this.k ? null : this.top[0];
  }
}
