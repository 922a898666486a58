interface Observer<T> {
  next?(value: T): void;
  error?(reason: unknown): void;
  complete?(): void;
}

interface Subscription {
  unsubscribe(): void;
}

type Producer<T> = (observer: Required<Observer<T>>) => (() => void) | undefined;

class Observable<T> {
  constructor(producer: Producer<T>) {
    // Your code here
  }

  subscribe(observer: Observer<T>): Subscription {
    // Your code here
  }

  map<U>(fn: (value: T) => U): Observable<U> {
    // Your code here
  }

  filter(predicate: (value: T) => boolean): Observable<T> {
    // Your code here
  }
}
