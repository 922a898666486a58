// Runs the teardown on every close without remembering it already ran: unsubscribing after a complete tears the sensor down a second time.
class Observable {
  constructor(producer) {
    this.producer = producer;
  }

  subscribe(observer = {}) {
    let closed = false;
    let teardown = null;
    const runTeardown = () => {
      if (typeof teardown === 'function') teardown();
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
      unsubscribe: () => close(),
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
