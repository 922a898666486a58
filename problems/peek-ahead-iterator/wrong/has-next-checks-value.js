// hasNext answers whether the next value is not null or undefined: a stream that holds
// null or undefined seems to end there.
class PeekingIterator {
  constructor(iterator) {
    this.iterator = iterator;
    this.holding = false;
    this.finished = false;
  }

  fill() {
    if (this.holding || this.finished) return;
    const step = this.iterator.next();
    if (step.done) this.finished = true;
    else {
      this.holding = true;
      this.held = step.value;
    }
  }

  hasNext() {
    this.fill();
    return this.holding && this.held != null;
  }

  peek() {
    this.fill();
    if (!this.holding) throw new RangeError('no more values');
    return this.held;
  }

  next() {
    const value = this.peek();
    this.holding = false;
    return value;
  }
}
