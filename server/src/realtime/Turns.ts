/**
 * Lets a few pieces of work start per turn of the event loop, in arrival order. A storm of
 * joins (hundreds of sockets at once) is then admitted a few at a time with the rooms' own
 * traffic in between, instead of in one long run that every keystroke waits behind.
 */
export class Turns {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  constructor(private readonly perTurn: number) {}

  /** Resolves on a later turn of the event loop, after everything that asked before. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      for (const start of this.waiting.splice(0, this.perTurn)) start();
      if (this.waiting.length > 0) this.schedule();
    });
  }
}
