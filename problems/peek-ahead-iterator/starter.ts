class PeekingIterator<T> {
  /** iterator is the source: iterator.next() returns { value, done }. */
  constructor(iterator: Iterator<T>) {
    // Your code here
  }

  /** The next value, without moving past it; throws a RangeError at the end. */
  peek(): T {
    // Your code here
  }

  /** The next value, moving past it; throws a RangeError at the end. */
  next(): T {
    // Your code here
  }

  /** Whether there is a next value. */
  hasNext(): boolean {
    // Your code here
  }
}
