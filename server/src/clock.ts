/**
 * The time the server keeps: deadlines are set and kept by it. Tests give the server a
 * clock they move by hand, so that a deadline arrives when they say, not when a machine
 * gets round to it.
 */
export interface Clock {
  now(): Date;
  /** Calls `run` once `at` has come (at once if it has); the function returned cancels it. */
  at(at: Date, run: () => void): () => void;
}

/** setTimeout waits at most this long; a later moment is reached in steps. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

/** The machine's clock. */
export function systemClock(): Clock {
  return {
    now: () => new Date(),
    at(at, run) {
      let timer: NodeJS.Timeout;
      const wait = () => {
        const left = at.getTime() - Date.now();
        timer = setTimeout(left > LONGEST_WAIT_MS ? wait : run, Math.max(0, Math.min(left, LONGEST_WAIT_MS)));
        timer.unref();
      };
      wait();
      return () => clearTimeout(timer);
    },
  };
}
