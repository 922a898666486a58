/**
 * Whose queued job runs next: the key (a network address) that has had the least worker
 * time lately, then the one served longest ago. Worker time counts with a half-life, so a
 * key that flooded the judge a minute ago is not held back for ever, while one flooding
 * now waits behind anyone who asks for a little: a Run of three small tests goes ahead of
 * the next endless loop of a source that has spent seconds, however many sources do that.
 */
export class FairShare {
  private readonly used = new Map<string, { ms: number; at: number }>();
  private readonly lastServed = new Map<string, number>();
  private served = 0;

  constructor(
    private readonly halfLifeMs = 30_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Worker time a key has had, decayed to now. */
  usage(key: string): number {
    const entry = this.used.get(key);
    return entry ? entry.ms * 0.5 ** ((this.now() - entry.at) / this.halfLifeMs) : 0;
  }

  /** The key to serve next among those that have a job waiting and may start one. */
  pick(keys: Iterable<string>): string | undefined {
    let chosen: string | undefined;
    let best = { usage: Number.POSITIVE_INFINITY, order: Number.POSITIVE_INFINITY };
    for (const key of keys) {
      const candidate = { usage: this.usage(key), order: this.lastServed.get(key) ?? -1 };
      if (candidate.usage < best.usage || (candidate.usage === best.usage && candidate.order < best.order)) {
        best = candidate;
        chosen = key;
      }
    }
    if (chosen !== undefined) this.lastServed.set(chosen, this.served++);
    return chosen;
  }

  /** A job of `key` ran for `ms`. */
  charge(key: string, ms: number): void {
    this.used.set(key, { ms: this.usage(key) + ms, at: this.now() });
  }

  /** Forgets keys with nothing waiting whose usage has all but faded (`busy` says which wait). */
  prune(busy: (key: string) => boolean): void {
    for (const key of this.lastServed.keys()) {
      if (!busy(key) && this.usage(key) < 1) {
        this.lastServed.delete(key);
        this.used.delete(key);
      }
    }
  }
}
