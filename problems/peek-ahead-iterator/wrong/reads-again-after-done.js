// Does not remember that the source said done: every hasNext at the end reads it again.
class PeekingIterator {
  constructor(iterator) {
    this.iterator = iterator;
    this.holding = false;
  }

  hasNext() {
    if (!this.holding) {
      const step = this.iterator.next();
      if (!step.done) {
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
    const value = this.peek();
    this.holding = false;
    return value;
  }
}
