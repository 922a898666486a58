// Uses undefined as "nothing held": a value that is itself undefined is read past, so the
// values after it come out early and peek and next disagree.
class PeekingIterator {
  constructor(iterator) {
    this.iterator = iterator;
    this.held = undefined;
    this.finished = false;
  }

  fill() {
    if (this.held !== undefined || this.finished) return;
    const step = this.iterator.next();
    if (step.done) this.finished = true;
    else this.held = step.value;
  }

  hasNext() {
    this.fill();
    return this.held !== undefined || !this.finished;
  }

  peek() {
    this.fill();
    if (this.held === undefined && this.finished) throw new RangeError('no more values');
    return this.held;
  }

  next() {
    const value = this.peek();
    this.held = undefined;
    return value;
  }
}
