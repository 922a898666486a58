// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  const describe = (reason) => (reason instanceof Error ? { error: reason.name, message: reason.message } : reason);

  /**
   * The tests' driver: acts out the script's actions at their times (each after every
   * timer already due at that moment) with the candidate's CancelController, and returns
   * the log once every sleep has had time to end.
   *
   * Actions: [at, 'new'] makes controller c (0, 1, …); [at, 'listen', c] adds listener L
   * (0, 1, …, counted over all listens) that logs [t, 'heard', L, reason];
   * [at, 'listenAndOff', c, M] adds listener L that logs, then calls listener M's off;
   * [at, 'listenAndListen', c] adds listener L that logs, then adds another listener (the
   * next L); [at, 'off', L] calls listener L's off; [at, 'cancel', c, reason?];
   * [at, 'state', c] logs [t, 'state', c, cancelled, reason]; [at, 'throwIf', c] logs
   * [t, 'ok', c] or [t, 'threw', c, reason]; [at, 'sleep', c, ms] starts sleep S, which
   * logs [t, 'woke', S] or [t, 'sleep cancelled', S, reason], and [t, 'stale listener', S]
   * if its listener is still called after it ended.
   */
  globalThis.runExport = function runExport(actions) {
    const start = Date.now();
    const now = () => Date.now() - start;
    const log = [];
    const write = (entry) => {
      log[log.length] = entry;
    };
    const controllers = [];
    const offs = [];
    let sleeps = 0;
    let longest = 0;

    const listen = (signal, extra) => {
      const id = offs.length;
      offs[id] = null;
      offs[id] = signal.onCancel((reason) => {
        write([now(), 'heard', id, describe(reason)]);
        if (extra) extra();
      });
      return id;
    };

    const sleep = (ms, signal) => {
      const id = sleeps++;
      let done = false;
      let timer = null;
      const off = signal.onCancel((reason) => {
        if (done) {
          write([now(), 'stale listener', id]);
          return;
        }
        done = true;
        clearTimeout(timer);
        write([now(), 'sleep cancelled', id, describe(reason)]);
      });
      if (done) return;
      timer = setTimeout(() => {
        done = true;
        if (typeof off === 'function') off();
        write([now(), 'woke', id]);
      }, ms);
    };

    const act = (action) => {
      const [, kind, a, b] = action;
      if (kind === 'new') controllers[controllers.length] = new CancelController();
      else if (kind === 'listen') listen(controllers[a].signal);
      else if (kind === 'listenAndOff')
        listen(controllers[a].signal, () => {
          const off = offs[b];
          if (typeof off === 'function') off();
        });
      else if (kind === 'listenAndListen') listen(controllers[a].signal, () => listen(controllers[a].signal));
      else if (kind === 'off') {
        const off = offs[a];
        if (typeof off === 'function') off();
      } else if (kind === 'cancel') {
        if (action.length > 3) controllers[a].cancel(b);
        else controllers[a].cancel();
      } else if (kind === 'state') {
        const { signal } = controllers[a];
        write([now(), 'state', a, signal.cancelled, describe(signal.reason)]);
      } else if (kind === 'throwIf') {
        try {
          controllers[a].signal.throwIfCancelled();
          write([now(), 'ok', a]);
        } catch (reason) {
          write([now(), 'threw', a, describe(reason)]);
        }
      } else if (kind === 'sleep') {
        if (b > longest) longest = b;
        sleep(b, controllers[a].signal);
      } else throw new Error(`unknown action ${kind}`);
    };

    return new Promise((resolve) => {
      let i = 0;
      const next = () => {
        if (i === actions.length) {
          setTimeout(() => resolve([...log]), longest + 1);
          return;
        }
        setTimeout(
          () =>
            setTimeout(() => {
              act(actions[i]);
              i += 1;
              next();
            }, 0),
          actions[i][0] - now(),
        );
      };
      next();
    });
  };
})();
