class PeekingIterator {
  /** @param {Iterator<unknown>} iterator the source: call iterator.next() for { value, done } */
  constructor(iterator) {
    // Your code here
  }

  /** @return {unknown} the next value, without moving past it; throws a RangeError at the end */
  peek() {
    // Your code here
  }

  /** @return {unknown} the next value, moving past it; throws a RangeError at the end */
  next() {
    // Your code here
  }

  /** @return {boolean} whether there is a next value */
  hasNext() {
    // Your code here
  }
}
