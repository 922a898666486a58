// next returns the value peek read but forgets to let go of it: after a peek, next returns
// the same value forever.
class PeekingIterator {
  constructor(iterator) {
    this.iterator = iterator;
    this.holding = false;
    this.finished = false;
  }

  hasNext() {
    if (!this.holding && !this.finished) {
      const step = this.iterator.next();
      if (step.done) this.finished = true;
      else {
        this.holding = true;
        this.held = step.value;
      }
    }
    return this.holding;
  }

  peek() {
    if (!this.hasNext()) throw new RangeError('no more values');
    return this.held;
  }

  next() {
    if (this.holding) return this.held;
    if (this.finished) throw new RangeError('no more values');
    const step = this.iterator.next();
    if (step.done) {
      this.finished = true;
      throw new RangeError('no more values');
    }
    return step.value;
  }
}
