// Holds at most one value read ahead, with a separate flag for "a value is held" (the
// value itself may be undefined). The source is read only when a method needs the next
// value and none is held, and never again once it has said done. O(1) per call.
class PeekingIterator {
  constructor(iterator) {
    this.iterator = iterator;
    this.holding = false;
    this.held = undefined;
    this.finished = false;
  }

  fill() {
    if (this.holding || this.finished) return;
    const { value, done } = this.iterator.next();
    if (done) this.finished = true;
    else {
      this.holding = true;
      this.held = value;
    }
  }

  hasNext() {
    this.fill();
    return this.holding;
  }

  peek() {
    if (!this.hasNext()) throw new RangeError('no more values');
    return this.held;
  }

  next() {
    const value = this.peek();
    this.holding = false;
    this.held = undefined;
    return value;
  }
}
