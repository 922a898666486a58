class Observable {
  /**
   * @param {(observer: { next(v): void, error(e): void, complete(): void }) => (() => void) | void} producer
   */
  constructor(producer) {
    // Your code here
  }

  /**
   * @param {{ next?(v): void, error?(e): void, complete?(): void }} observer
   * @return {{ unsubscribe(): void }}
   */
  subscribe(observer) {
    // Your code here
  }

  /** @return {Observable} the values passed through fn */
  map(fn) {
    // Your code here
  }

  /** @return {Observable} only the values for which predicate is truthy */
  filter(predicate) {
    // Your code here
  }
}
