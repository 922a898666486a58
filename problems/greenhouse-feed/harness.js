// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  const MAPS = {
    double: (x) => x * 2,
    inc: (x) => x + 1,
    label: (x) => `#${x}`,
    check: (x) => {
      if (x < 0) throw `bad reading ${x}`;
      return x;
    },
  };
  const FILTERS = {
    odd: (x) => Math.abs(x % 2) === 1,
    even: (x) => x % 2 === 0,
    positive: (x) => x > 0,
    check: (x) => {
      if (x < 0) throw `bad reading ${x}`;
      return true;
    },
  };

  /**
   * The tests' driver. The sensor is `new Observable(producer)`, where the producer acts
   * out `events` for each subscription k (0, 1, …): [at, 'next', value], [at, 'error',
   * reason] or [at, 'complete'], `at` ms after it is subscribed (null: during the call). It
   * is sloppy: it keeps going after an error or complete and after its teardown, which
   * only logs [time, 'teardown', k].
   *
   * Subscriber i is [subscribeAt, unsubscribeAt or null, handlers ('all' or 'next'),
   * ...operators ([kind, name])]: at subscribeAt it subscribes to the sensor with the
   * operators applied in order, logging what it receives as [time, i, 'next', value],
   * [time, i, 'error', reason] or [time, i, 'complete']; at unsubscribeAt it unsubscribes.
   * Each subscribe or unsubscribe runs after every timer already due at its time. The log
   * is returned once everything is over.
   */
  globalThis.runFeed = function runFeed(events, subscribers) {
    const start = Date.now();
    const now = () => Date.now() - start;
    const log = [];
    let sources = 0;
    let last = 0;
    for (const [at] of events) if (at !== null && at > last) last = at;
    const sensor = new Observable((observer) => {
      const k = sources++;
      const emit = ([, kind, payload]) => {
        if (kind === 'next') observer.next(payload);
        else if (kind === 'error') observer.error(payload);
        else observer.complete();
      };
      for (const event of events) {
        if (event[0] === null) emit(event);
        else setTimeout(() => emit(event), event[0]);
      }
      return () => {
        log[log.length] = [now(), 'teardown', k];
      };
    });

    const actions = [];
    const subscriptions = [];
    subscribers.forEach(([subscribeAt, unsubscribeAt], i) => {
      actions.push([subscribeAt, 'subscribe', i]);
      if (unsubscribeAt !== null) actions.push([unsubscribeAt, 'unsubscribe', i]);
    });
    actions.sort((a, b) => a[0] - b[0]);

    const act = ([, action, i]) => {
      const [, , handlers, ...operators] = subscribers[i];
      if (action === 'unsubscribe') {
        subscriptions[i].unsubscribe();
        return;
      }
      let feed = sensor;
      for (const [kind, name] of operators) feed = kind === 'map' ? feed.map(MAPS[name]) : feed.filter(FILTERS[name]);
      const observer = {
        next: (value) => {
          log[log.length] = [now(), i, 'next', value];
        },
      };
      if (handlers === 'all') {
        observer.error = (reason) => {
          log[log.length] = [now(), i, 'error', reason];
        };
        observer.complete = () => {
          log[log.length] = [now(), i, 'complete'];
        };
      }
      subscriptions[i] = feed.subscribe(observer);
    };

    return new Promise((resolve) => {
      let a = 0;
      const next = () => {
        if (a === actions.length) {
          // The latest subscription's events are over `last` ms after it started.
          setTimeout(() => resolve([...log]), last + 1);
          return;
        }
        setTimeout(
          () =>
            setTimeout(() => {
              act(actions[a]);
              a += 1;
              next();
            }, 0),
          actions[a][0] - now(),
        );
      };
      next();
    });
  };
})();
