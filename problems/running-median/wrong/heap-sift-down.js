// Bug: the heaps' sift-down compares each child with the parent instead of with the better child, so it can lift the wrong child.
class Heap {
  constructor(before) {
    this.a = [];
    this.before = before; // before(x, y): x belongs above y
  }

  get size() {
    return this.a.length;
  }

  peek() {
    return this.a[0];
  }

  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l], a[i])) m = l;
        if (r < a.length && this.before(a[r], a[i])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

class MedianTracker {
  constructor() {
    this.low = new Heap((x, y) => x > y); // max-heap: the smaller half
    this.high = new Heap((x, y) => x < y); // min-heap: the larger half
  }

  add(value) {
    this.low.push(value);
    this.high.push(this.low.pop());
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  median() {
    if (this.low.size > this.high.size) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
