// The same rules written as a state machine: each subscription is an object with a state
// ('open' or 'closed') and a list of cleanups, run one by one when it closes (or at once,
// for cleanups added once it is closed). Operators are built on one generic `lift`.
class Observable {
  constructor(producer) {
    this.producer = producer;
  }

  subscribe(observer = {}) {
    const sub = { state: 'open', cleanups: [] };
    const close = () => {
      if (sub.state === 'closed') return;
      sub.state = 'closed';
      while (sub.cleanups.length > 0) sub.cleanups.shift()();
    };
    const addCleanup = (fn) => {
      if (typeof fn !== 'function') return;
      if (sub.state === 'closed') fn();
      else sub.cleanups.push(fn);
    };
    const sink = {
      next(value) {
        if (sub.state === 'open' && typeof observer.next === 'function') observer.next(value);
      },
      error(reason) {
        if (sub.state !== 'open') return;
        sub.state = 'closing';
        if (typeof observer.error === 'function') observer.error(reason);
        sub.state = 'open';
        close();
      },
      complete() {
        if (sub.state !== 'open') return;
        sub.state = 'closing';
        if (typeof observer.complete === 'function') observer.complete();
        sub.state = 'open';
        close();
      },
    };
    addCleanup(this.producer(sink));
    return { unsubscribe: close };
  }

  lift(onValue) {
    return new Observable((sink) => {
      const inner = this.subscribe({
        next: (value) => {
          try {
            onValue(value, sink);
          } catch (reason) {
            sink.error(reason);
          }
        },
        error: (reason) => sink.error(reason),
        complete: () => sink.complete(),
      });
      return inner.unsubscribe;
    });
  }

  map(fn) {
    return this.lift((value, sink) => {
      const mapped = fn(value);
      sink.next(mapped);
    });
  }

  filter(predicate) {
    return this.lift((value, sink) => {
      if (predicate(value)) sink.next(value);
    });
  }
}
