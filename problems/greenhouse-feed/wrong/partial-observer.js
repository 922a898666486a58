// Assumes every observer has all three handlers: an observer with only next crashes on error or complete.
class Observable {
  constructor(producer) {
    this.producer = producer;
  }

  subscribe(observer = {}) {
    let closed = false;
    let teardown = null;
    const runTeardown = () => {
      const t = teardown;
      teardown = null;
      if (typeof t === 'function') t();
    };
    const close = () => {
      closed = true;
      runTeardown();
    };
    const guarded = {
      next: (value) => {
        if (!closed) observer.next(value);
      },
      error: (reason) => {
        if (closed) return;
        closed = true;
        observer.error(reason);
        runTeardown();
      },
      complete: () => {
        if (closed) return;
        closed = true;
        observer.complete();
        runTeardown();
      },
    };
    teardown = this.producer(guarded) ?? null;
    if (closed) runTeardown();
    return {
      unsubscribe: () => {
        if (!closed) close();
      },
    };
  }

  map(fn) {
    return new Observable((observer) => {
      const subscription = this.subscribe({
        next: (value) => {
          let mapped;
          try {
            mapped = fn(value);
          } catch (reason) {
            observer.error(reason);
            return;
          }
          observer.next(mapped);
        },
        error: (reason) => observer.error(reason),
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    });
  }

  filter(predicate) {
    return new Observable((observer) => {
      const subscription = this.subscribe({
        next: (value) => {
          let keep;
          try {
            keep = predicate(value);
          } catch (reason) {
            observer.error(reason);
            return;
          }
          if (keep) observer.next(value);
        },
        error: (reason) => observer.error(reason),
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    });
  }
}
