// Bug: lets either heap hold one extra value but always reads an odd median from the low heap.
class Heap {
  constructor(before) {
    this.a = [];
    this.before = before;
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
        if (l < a.length && this.before(a[l], a[m])) m = l;
        if (r < a.length && this.before(a[r], a[m])) m = r;
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
    this.low = new Heap((x, y) => x > y);
    this.high = new Heap((x, y) => x < y);
  }

  add(value) {
    if (this.low.size === 0 || value <= this.low.peek()) this.low.push(value);
    else this.high.push(value);
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size + 1) this.low.push(this.high.pop());
  }

  median() {
    if ((this.low.size + this.high.size) % 2 === 1) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
