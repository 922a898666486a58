// Copies the whole source into an array up front: reads far ahead of what is asked, and
// never finishes on an endless source.
class PeekingIterator {
  constructor(iterator) {
    this.values = [...iterator];
    this.index = 0;
  }

  hasNext() {
    return this.index < this.values.length;
  }

  peek() {
    if (!this.hasNext()) throw new RangeError('no more values');
    return this.values[this.index];
  }

  next() {
    const value = this.peek();
    this.index += 1;
    return value;
  }
}
