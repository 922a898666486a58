// Two heaps, but with an even count it returns the top of the lower half instead of the
// mean of the two middle values.
class Heap {
  constructor(before) {
    this.items = [];
    this.before = before; // before(a, b): a belongs nearer the top than b
  }

  get size() {
    return this.items.length;
  }

  top() {
    return this.items[0];
  }

  push(value) {
    const items = this.items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.before(items[left], items[best])) best = left;
        if (right < items.length && this.before(items[right], items[best])) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

class MedianTracker {
  constructor() {
    this.lower = new Heap((a, b) => a > b);
    this.upper = new Heap((a, b) => a < b);
  }

  add(value) {
    if (this.lower.size === 0 || value <= this.lower.top()) this.lower.push(value);
    else this.upper.push(value);
    if (this.lower.size > this.upper.size + 1) this.upper.push(this.lower.pop());
    else if (this.upper.size > this.lower.size) this.lower.push(this.upper.pop());
  }

  median() {
    return this.lower.top();
  }
}
