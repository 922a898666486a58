// Returns undefined from peek and next at the end instead of throwing.
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
    return this.hasNext() ? this.held : undefined;
  }

  next() {
    const value = this.peek();
    this.holding = false;
    return value;
  }
}
