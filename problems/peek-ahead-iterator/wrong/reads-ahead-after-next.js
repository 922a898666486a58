// The textbook "always keep the next value ready": reads one value in the constructor and
// another right after each next, so it reads the source before anything asks for it.
class PeekingIterator {
  constructor(iterator) {
    this.iterator = iterator;
    this.advance();
  }

  advance() {
    const step = this.iterator.next();
    this.done = step.done;
    this.upcoming = step.value;
  }

  hasNext() {
    return !this.done;
  }

  peek() {
    if (this.done) throw new RangeError('no more values');
    return this.upcoming;
  }

  next() {
    const value = this.peek();
    this.advance();
    return value;
  }
}
