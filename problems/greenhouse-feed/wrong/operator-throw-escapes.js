// map and filter call the function without try/catch: a throw escapes into the sensor instead of becoming an error for the subscriber.
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
        if (!closed && observer.next) observer.next(value);
      },
      error: (reason) => {
        if (closed) return;
        closed = true;
        if (observer.error) observer.error(reason);
        runTeardown();
      },
      complete: () => {
        if (closed) return;
        closed = true;
        if (observer.complete) observer.complete();
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
          observer.next(fn(value));
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
          if (predicate(value)) observer.next(value);
        },
        error: (reason) => observer.error(reason),
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    });
  }
}
