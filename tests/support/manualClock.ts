import type { Clock } from '@dryrun/server';

/**
 * A clock a test moves by hand: a deadline arrives when the test says so, never because a
 * busy machine was slow. It starts at the machine's time (events the server stamps with its
 * own clock stay close), and moves only forward.
 */
export class ManualClock implements Clock {
  private time = Date.now();
  private readonly timers = new Set<{ at: number; run: () => void }>();

  now(): Date {
    return new Date(this.time);
  }

  at(at: Date, run: () => void): () => void {
    const timer = { at: at.getTime(), run };
    this.timers.add(timer);
    // One already due runs as a real timer would: soon, not inside the caller.
    if (timer.at <= this.time) setImmediate(() => this.fire(timer));
    return () => this.timers.delete(timer);
  }

  /** Moves time on by `ms` and runs every timer that came due, in the order they fall. */
  advance(ms: number): void {
    this.time += ms;
    const due = [...this.timers].filter((t) => t.at <= this.time).sort((a, b) => a.at - b.at);
    for (const timer of due) this.fire(timer);
  }

  private fire(timer: { at: number; run: () => void }): void {
    if (this.timers.delete(timer)) timer.run();
  }
}
